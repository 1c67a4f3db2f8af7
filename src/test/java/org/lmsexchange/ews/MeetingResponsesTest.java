package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.DeleteResult;
import org.lmsexchange.ews.model.MeetingReply;
import org.lmsexchange.ews.model.ReplyAnswer;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;
import org.lmsexchange.sandbox.view.ItemView;

/** findResponses and deleteItems on an organizer inbox holding answers among other mail. */
class MeetingResponsesTest extends EwsSandboxTestSupport {

    private static final String DAN = "Dan@Example.com";
    private static final String ASSISTANT = "Assistant@Example.com";
    /** In the past: a sent time after the time received would give way to that (TrustedReplies). */
    private static final Instant DELEGATE_SENT_AT = Instant.parse("2025-05-01T10:15:30Z");
    /** A well-formed item id the sandbox never issued. */
    private static final String UNKNOWN_ID = "AAMkdW5rbm93bg";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to(ews("createMeeting"));
                from("direct:responses").to(ews("findResponses"));
                from("direct:page").to(ews("findResponses", "pageSize=2"));
                from("direct:delete").to(ews("deleteItems"));
            }
        };
    }

    @Test
    void readsEveryAcceptTentativeAndDeclineAndNoOtherMail() {
        String uid = createMeeting(ANNA, BEN, CARLA, DAN);
        String accepted = sandbox.learner(ANNA).accept(uid);
        String tentative = sandbox.learner(BEN).tentativelyAccept(uid);
        String declined = sandbox.learner(CARLA).decline(uid);
        String delegated = sandbox.respond(LearnerAnswer.builder(DAN, uid, Answer.DECLINE)
                .delegate(ASSISTANT).sentAt(DELEGATE_SENT_AT).build());
        injectOtherMail();
        String foreign = sandbox.inject().foreignResponse(ANNA, "Someone else's meeting", Answer.ACCEPT);

        List<MeetingReply> replies = findResponses("direct:responses", 0).getMessage().getBody(List.class);

        assertThat(replies).containsExactlyInAnyOrder(
                reply(accepted, uid, ReplyAnswer.ACCEPT, ANNA, ANNA, false),
                reply(tentative, uid, ReplyAnswer.TENTATIVE, BEN, BEN, false),
                reply(declined, uid, ReplyAnswer.DECLINE, CARLA, CARLA, false),
                reply(delegated, uid, ReplyAnswer.DECLINE, "dan@example.com", "assistant@example.com", true),
                // a response is a response: telling our meetings from others is the route's job (by uid)
                reply(foreign, inboxItem(foreign).uid(), ReplyAnswer.ACCEPT, ANNA, ANNA, false));
        assertThat(replies).filteredOn(r -> r.itemId().equals(delegated)).singleElement()
                .extracting(MeetingReply::sentAt).isEqualTo(DELEGATE_SENT_AT);
    }

    @Test
    void pagesThroughResponsesCountingOnlyResponses() {
        String uid = createMeeting(ANNA, BEN, CARLA);
        List<String> responses = new ArrayList<>();
        responses.add(sandbox.learner(ANNA).accept(uid));
        injectOtherMail();
        responses.add(sandbox.learner(BEN).tentativelyAccept(uid));
        responses.add(sandbox.learner(CARLA).decline(uid));
        sandbox.inject().mail("news@example.com", "Canteen menu", "Soup");
        responses.add(sandbox.learner(ANNA).decline(uid));
        responses.add(sandbox.learner(BEN).accept(uid));

        List<String> read = new ArrayList<>();
        int[][] expectedPages = {{0, 2, 2}, {2, 2, 4}, {4, 1, 5}};
        for (int[] page : expectedPages) {
            Exchange answer = findResponses("direct:page", page[0]);
            List<MeetingReply> replies = answer.getMessage().getBody(List.class);
            assertThat(replies).hasSize(page[1]);
            assertThat(answer.getMessage().getHeader(EwsConstants.NEXT_OFFSET)).isEqualTo(page[2]);
            assertThat(answer.getMessage().getHeader(EwsConstants.MORE_AVAILABLE)).isEqualTo(page[2] < 5);
            replies.forEach(r -> read.add(r.itemId()));
        }
        assertThat(read).containsExactlyElementsOf(responses);
    }

    @Test
    void deletesProcessedResponsesAndCountsUnknownIdsAsGone() {
        String uid = createMeeting(ANNA, BEN);
        List<String> processed = List.of(sandbox.learner(ANNA).accept(uid), sandbox.learner(BEN).decline(uid));
        List<String> otherMail = injectOtherMail();
        List<String> ids = new ArrayList<>(processed);
        ids.add(UNKNOWN_ID);

        DeleteResult result = template.requestBody("direct:delete", ids, DeleteResult.class);

        assertThat(result.deleted()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(result.failed()).isEmpty();
        assertThat(sandbox.mailbox(ORGANIZER).items("inbox")).extracting(ItemView::id)
                .containsExactlyInAnyOrderElementsOf(otherMail);
    }

    private String createMeeting(String... learners) {
        return template.requestBody("direct:create", meeting("R-1", "Europe/Kyiv", learners), CreatedMeeting.class)
                .uid();
    }

    /** Ordinary mail, an out-of-office reply and a bounce: what must never be read as an answer or deleted. */
    private List<String> injectOtherMail() {
        return List.of(
                sandbox.inject().mail(ANNA, "Question about the training", "Is lunch included?"),
                sandbox.inject().outOfOffice(BEN, null, "Back on Monday"),
                sandbox.inject().nonDelivery("nobody@example.com", "Event R-1", null));
    }

    private Exchange findResponses(String route, int offset) {
        Exchange answer = template.request(route, e -> e.getMessage().setHeader(EwsConstants.OFFSET, offset));
        assertThat(answer.getException()).isNull();
        return answer;
    }

    /** The reply the component should read for this inbox item; sentAt as EWS carries it, in whole seconds. */
    private MeetingReply reply(String itemId, String uid, ReplyAnswer answer, String learner, String sender,
                               boolean delegated) {
        return new MeetingReply(itemId, uid, answer, learner, sender, delegated, false,
                inboxItem(itemId).dateTimeSent().truncatedTo(ChronoUnit.SECONDS));
    }

    private ItemView inboxItem(String id) {
        return sandbox.mailbox(ORGANIZER).items("inbox").stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
