package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.ResponseType;
import org.lmsexchange.sandbox.view.ItemView;

class InboxInjectionTest {

    private final EwsSandbox sandbox = EwsSandbox.builder().organizer("lms@example.com").start();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void ordinaryMailArrivesInTheOrganizersInbox() {
        String id = sandbox.inject().mail("boss@example.com", "Lunch?", "At noon.");

        assertThat(inboxItem(id))
                .returns(ItemKind.MESSAGE, ItemView::kind)
                .returns("IPM.Note", ItemView::itemClass)
                .returns("boss@example.com", ItemView::from)
                .returns("Lunch?", ItemView::subject)
                .returns("At noon.", ItemView::body);
    }

    @Test
    void anOutOfOfficeReplyIsAMessageWithTheAutoReplyClass() {
        String id = sandbox.inject().outOfOffice("anna@example.com", null, "Back on Monday.");

        assertThat(inboxItem(id))
                .returns(ItemKind.MESSAGE, ItemView::kind)
                .returns("IPM.Note.Rules.OofTemplate.Microsoft", ItemView::itemClass)
                .returns("anna@example.com", ItemView::from)
                .returns("Automatic reply", ItemView::subject);
    }

    @Test
    void aNonDeliveryReportComesFromTheOrganizersOwnPostmaster() {
        String id = sandbox.inject().nonDelivery("gone@example.com", "Safety 101", null);

        assertThat(inboxItem(id))
                .returns(ItemKind.MESSAGE, ItemView::kind)
                .returns("REPORT.IPM.Note.NDR", ItemView::itemClass)
                .returns("postmaster@example.com", ItemView::from)
                .returns("Undeliverable: Safety 101", ItemView::subject)
                .satisfies(item -> assertThat(item.body()).contains("gone@example.com"));
    }

    @Test
    void anAnswerToAMeetingTheOrganizerNeverSentHasNoCalendarItem() {
        String id = sandbox.inject().foreignResponse("anna@example.com", "Someone else's party", Answer.ACCEPT);

        ItemView response = inboxItem(id);
        assertThat(response)
                .returns(ItemKind.MEETING_RESPONSE, ItemView::kind)
                .returns("IPM.Schedule.Meeting.Resp.Pos", ItemView::itemClass)
                .returns(ResponseType.Accept, ItemView::responseType)
                .returns("Accepted: Someone else's party", ItemView::subject)
                .returns(null, ItemView::associatedCalendarItemId);
        assertThat(response.uid()).isNotBlank();
        assertThat(sandbox.meetings()).isEmpty();
    }

    private ItemView inboxItem(String id) {
        List<ItemView> inbox = sandbox.mailbox("lms@example.com").items("inbox");
        assertThat(inbox).extracting(ItemView::id).containsExactly(id);
        return inbox.get(0);
    }
}
