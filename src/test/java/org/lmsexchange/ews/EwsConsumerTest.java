package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.MeetingReply;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * The ews consumer on an organizer inbox holding answers among other mail: it hands over every meeting response,
 * page after page, once per poll; it deletes exactly the responses whose exchange completed with DELETE; the rest
 * stay, and the ones kept on purpose are not read again until the re-read delay has passed.
 */
class EwsConsumerTest extends EwsSandboxTestSupport {

    /** What the test's route does with each learner's response: the disposition to set, or FAIL. */
    private static final String FAIL = "FAIL";

    private final List<String> handedOver = Collections.synchronizedList(new ArrayList<>());

    @Test
    void handsOverEveryResponseOnEveryPageOnceAndDeletesThemInBatches() throws Exception {
        String uid = createMeeting(ANNA, BEN, CARLA);
        List<String> responses = new ArrayList<>();
        List<String> otherMail = new ArrayList<>();
        responses.add(sandbox.learner(ANNA).accept(uid));
        otherMail.add(sandbox.inject().mail(ANNA, "Question", "Is lunch included?"));
        responses.add(sandbox.learner(BEN).tentativelyAccept(uid));
        responses.add(sandbox.learner(CARLA).decline(uid));
        otherMail.add(sandbox.inject().outOfOffice(BEN, null, "Back on Monday"));
        responses.add(sandbox.learner(ANNA).decline(uid));
        responses.add(sandbox.learner(BEN).accept(uid));

        consume(Map.of(ANNA, "DELETE", BEN, "DELETE", CARLA, "DELETE"), "pageSize=2");

        await().atMost(Duration.ofSeconds(10)).until(() -> inboxIds().equals(otherMail));
        assertThat(handedOver).containsExactlyElementsOf(responses);
        assertThat(sandbox.counters().snapshot().items("DeleteItem")).isEqualTo(responses.size());
        assertThat(sandbox.counters().snapshot().largestRequest("DeleteItem")).isEqualTo(2);
        assertThat(sandbox.counters().snapshot().largestRequest("GetItem")).isEqualTo(2);
    }

    @Test
    void deletesOnlyResponsesWhoseExchangeCompletedWithDelete() throws Exception {
        String uid = createMeeting(ANNA, BEN, CARLA, "dan@example.com");
        String deleted = sandbox.learner(ANNA).accept(uid);
        String kept = sandbox.learner(BEN).accept(uid);
        String failed = sandbox.learner(CARLA).accept(uid);
        String unmarked = sandbox.learner("dan@example.com").accept(uid);

        consume(Map.of(ANNA, "DELETE", BEN, "KEEP", CARLA, FAIL));

        // the failed and the unmarked ones are read again at each poll; the kept one is not
        await().atMost(Duration.ofSeconds(10)).until(() -> timesHandedOver(failed) >= 3 && timesHandedOver(unmarked) >= 3);
        assertThat(inboxIds()).containsExactlyInAnyOrder(kept, failed, unmarked);
        assertThat(timesHandedOver(deleted)).isEqualTo(1);
        assertThat(timesHandedOver(kept)).isEqualTo(1);
        assertThat(sandbox.counters().snapshot().items("DeleteItem")).isEqualTo(1);
    }

    @Test
    void keptResponsesAreReadAgainOnceTheDelayHasPassed() throws Exception {
        String uid = createMeeting(BEN);
        String kept = sandbox.learner(BEN).accept(uid);

        consume(Map.of(BEN, "KEEP"), "keptRereadDelay=500");

        await().atMost(Duration.ofSeconds(10)).until(() -> timesHandedOver(kept) >= 2);
        assertThat(inboxIds()).containsExactly(kept);
        assertThat(sandbox.counters().snapshot().items("DeleteItem")).isZero();
    }

    @Test
    void handsOverOnlyTheAnswersItIsToldToAndLeavesTheRestUnread() throws Exception {
        String uid = createMeeting(ANNA, BEN, CARLA);
        String accepted = sandbox.learner(ANNA).accept(uid);
        String tentative = sandbox.learner(BEN).tentativelyAccept(uid);
        String declined = sandbox.learner(CARLA).decline(uid);

        consume(Map.of(CARLA, "DELETE"), "answers=DECLINE");

        await().atMost(Duration.ofSeconds(10)).until(() -> inboxIds().equals(List.of(accepted, tentative)));
        assertThat(handedOver).containsExactly(declined);
        // left like kept ones: not read again at every poll either
        long readsAfterFirstPoll = sandbox.counters().snapshot().items("GetItem");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> sandbox.counters().snapshot().items("GetItem") == readsAfterFirstPoll);
    }

    /** Starts consuming the inbox; each response gets the disposition planned for its learner (none if unplanned). */
    private void consume(Map<String, String> plan, String... options) throws Exception {
        List<String> all = new ArrayList<>(List.of("delay=100", "initialDelay=0"));
        all.addAll(List.of(options));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(inbox(all.toArray(String[]::new))).process(exchange -> handle(exchange, plan));
            }
        });
    }

    private void handle(Exchange exchange, Map<String, String> plan) {
        MeetingReply reply = exchange.getMessage().getBody(MeetingReply.class);
        handedOver.add(reply.itemId());
        String disposition = plan.get(reply.attendee());
        if (FAIL.equals(disposition)) {
            exchange.getMessage().setHeader(EwsConstants.DISPOSITION, Disposition.DELETE);
            throw new IllegalStateException("the booking update failed");
        }
        exchange.getMessage().setHeader(EwsConstants.DISPOSITION, disposition);
    }

    private long timesHandedOver(String itemId) {
        synchronized (handedOver) {
            return handedOver.stream().filter(itemId::equals).count();
        }
    }

    private List<String> inboxIds() {
        return sandbox.mailbox(ORGANIZER).items("inbox").stream().map(ItemView::id).toList();
    }

    private String createMeeting(String... learners) {
        return template.requestBody(ews("createMeeting"), meeting("C-1", "Europe/Berlin", learners), CreatedMeeting.class)
                .uid();
    }
}
