package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.AttendeesToAdd;
import org.lmsexchange.ews.model.AttendeesToRemove;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.sandbox.StoredItems;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.ResponseType;
import org.lmsexchange.sandbox.view.AttendeeView;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * addAttendees and removeAttendees against the sandbox: only the learners added or removed get mail, and the
 * organizer's meeting keeps everyone else as they were, answers included.
 */
class MeetingAttendeesTest extends EwsSandboxTestSupport {

    private static final String TRAINER = "trainer@example.com";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:add").to(ews("addAttendees"));
                from("direct:remove").to(ews("removeAttendees"));
            }
        };
    }

    @Test
    void anAddedLearnerAloneIsInvitedAndTheOthersKeepTheirAnswers() {
        CreatedMeeting created = createdMeeting("A-1", ANNA, BEN);
        sandbox.learner(ANNA).accept(created.uid());

        CreatedMeeting changed = add(created, new Invitee("  Carla@Example.COM ", "Čarla Núñez-Østergård"));

        ItemView meeting = sandbox.meeting("Event A-1");
        assertThat(meeting.attendees()).extracting(AttendeeView::address).containsExactly(ANNA, BEN, CARLA);
        assertThat(meeting.attendee(CARLA).name()).isEqualTo("Čarla Núñez-Østergård");
        assertThat(meeting.attendee(CARLA).required()).isTrue();
        assertThat(meeting.attendee(ANNA).responseType()).isEqualTo(ResponseType.Accept);
        assertThat(mailOf(CARLA)).containsExactly("NewMeetingRequest");
        assertThat(sandbox.received(CARLA)).singleElement().satisfies(invitation -> {
            assertThat(invitation.uid()).isEqualTo(created.uid());
            assertThat(invitation.start()).isEqualTo(START);
        });
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(BEN)).containsExactly("NewMeetingRequest");
        assertThat(changed).isEqualTo(new CreatedMeeting("A-1", created.itemId(),
                StoredItems.item(sandbox, created.itemId()).changeKey(), created.uid()));
    }

    @Test
    void aLearnerAlreadyAttendingIsNotAddedAgainNorMailed() {
        CreatedMeeting created = createdMeeting("A-2", ANNA, BEN);

        CreatedMeeting unchanged = add(created, new Invitee(" ANNA@EXAMPLE.COM ", "Anna"));
        add(created, new Invitee(" Ben@Example.com", null), new Invitee(CARLA, null), new Invitee("CARLA@example.com ", null));

        assertThat(sandbox.meeting("Event A-2").attendees()).extracting(AttendeeView::address)
                .containsExactly(ANNA, BEN, CARLA);
        assertThat(unchanged.changeKey()).isEqualTo(created.changeKey());
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(BEN)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(CARLA)).containsExactly("NewMeetingRequest");
    }

    @Test
    void aRemovedLearnerAloneGetsACancellation() {
        CreatedMeeting created = createdMeeting("A-3", ANNA, BEN, CARLA);
        sandbox.learner(CARLA).tentativelyAccept(created.uid());

        CreatedMeeting changed = remove(created, " BEN@Example.com ");

        ItemView meeting = sandbox.meeting("Event A-3");
        assertThat(meeting.attendees()).extracting(AttendeeView::address).containsExactly(ANNA, CARLA);
        assertThat(meeting.attendee(CARLA).responseType()).isEqualTo(ResponseType.Tentative);
        assertThat(mailOf(BEN)).containsExactly("NewMeetingRequest", "Canceled");
        assertThat(sandbox.received(BEN)).last().extracting(ItemView::uid).isEqualTo(created.uid());
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(CARLA)).containsExactly("NewMeetingRequest");
        assertThat(changed.changeKey()).isEqualTo(StoredItems.item(sandbox, created.itemId()).changeKey());
    }

    @Test
    void removingSomeoneWhoIsNoAttendeeChangesNothing() {
        CreatedMeeting created = createdMeeting("A-4", ANNA);

        CreatedMeeting unchanged = remove(created, CARLA);

        assertThat(sandbox.meeting("Event A-4").attendees()).extracting(AttendeeView::address).containsExactly(ANNA);
        assertThat(unchanged.changeKey()).isEqualTo(created.changeKey());
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(CARLA)).isEmpty();
    }

    @Test
    void theLastLearnerCanBeRemoved() {
        CreatedMeeting created = createdMeeting("A-5", ANNA);

        remove(created, ANNA);

        assertThat(sandbox.meeting("Event A-5").attendees()).isEmpty();
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest", "Canceled");
    }

    /** An edit in Outlook between reading the attendees and writing them: the learner is added on top of it. */
    @Test
    void anEditMadeMeanwhileIsKeptAndTheLearnerAddedOnTop() throws Exception {
        CreatedMeeting created = createdMeeting("A-6", ANNA);
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("UpdateItem"));

        CompletableFuture<CreatedMeeting> result = template.asyncRequestBody("direct:add",
                new AttendeesToAdd(created, List.of(new Invitee(BEN, null))), CreatedMeeting.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.faults().held() == 1);
        new OrganizersOutlook(sandbox).addOptionalAttendee(created, TRAINER);
        sandbox.faults().clear();

        assertThat(result).succeedsWithin(Duration.ofSeconds(20));
        MailItem stored = StoredItems.item(sandbox, created.itemId());
        assertThat(stored.requiredAttendees).extracting(a -> a.mailbox().address()).containsExactly(ANNA, BEN);
        assertThat(stored.optionalAttendees).extracting(a -> a.mailbox().address()).containsExactly(TRAINER);
        assertThat(mailOf(BEN)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(TRAINER)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
    }

    @Test
    void aMeetingDeletedInOutlookFailsAsNotFound() throws Exception {
        CreatedMeeting created = createdMeeting("A-7", ANNA);
        new OrganizersOutlook(sandbox).delete(created);

        assertThatThrownBy(() -> add(created, new Invitee(BEN, null))).satisfies(failure ->
                assertThat(ewsFailure(failure)).isInstanceOf(MeetingNotFoundException.class));
        assertThatThrownBy(() -> remove(created, ANNA)).satisfies(failure ->
                assertThat(ewsFailure(failure)).isInstanceOfSatisfying(MeetingNotFoundException.class,
                        e -> assertThat(e.getUid()).isEqualTo(created.uid())));
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(BEN)).isEmpty();
    }

    private CreatedMeeting add(CreatedMeeting meeting, Invitee... invitees) {
        return template.requestBody("direct:add", new AttendeesToAdd(meeting, List.of(invitees)), CreatedMeeting.class);
    }

    private CreatedMeeting remove(CreatedMeeting meeting, String... addresses) {
        return template.requestBody("direct:remove", new AttendeesToRemove(meeting, List.of(addresses)),
                CreatedMeeting.class);
    }
}
