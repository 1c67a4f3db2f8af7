package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.learners.Answer;

/**
 * An inbox read over many pages (three items a page), with answers that stay in it at every position (replies to
 * someone else's meeting, replies from people not on the roster): every applicable answer is applied and deleted
 * exactly once, the others stay untouched and are not read again at each poll, and every poll ends, so that
 * answers arriving later are applied by later polls.
 */
class InboxPagingTest extends ConnectorTestSupport {

    private static final List<String> LEARNERS =
            IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("learner%02d@example.com", i)).toList();
    private static final String GONE = "gone@example.com";
    private static final Answer[] ANSWERS = {Answer.ACCEPT, Answer.TENTATIVE, Answer.DECLINE};

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("camel.component.ews.page-size", "3");
        return settings;
    }

    @Test
    void answersOnManyPagesAmongRepliesThatStayAreEachAppliedAndDeletedOnce() throws Exception {
        List<String> booked = new ArrayList<>(LEARNERS);
        booked.add(GONE);
        String uid = awaitMeeting(lms.event("EVT-PAGES").booked(booked.toArray(String[]::new)).insert());
        List<String> staying = new ArrayList<>();
        // the LMS dropped this booking after the learner answered: the answer has no booking to change
        holdAnswers();
        staying.add(sandbox.learner(GONE).accept(uid));
        lms.update("DELETE FROM lms_booking WHERE learner_email = ?", GONE);
        // the connector takes the learner off the meeting (its GetItem is not one of the inbox's counted below)
        eventually().untilAsserted(() -> assertThat(lms.attendees("EVT-PAGES")).doesNotContain(GONE));
        releaseAnswers();

        try (CapturedLog log = CapturedLog.capture()) {
            staying.add(sandbox.inject().foreignResponse("someone@example.com", "Team lunch", Answer.ACCEPT));
            for (int i = 0; i < LEARNERS.size(); i++) {
                sandbox.learner(LEARNERS.get(i)).answer(uid, ANSWERS[i % 3]);
                if (i % 3 == 1) {
                    staying.add(sandbox.inject().foreignResponse("learner" + i + "@example.com", "Other course", Answer.DECLINE));
                    sandbox.inject().mail("boss@example.com", "Budget " + i, "ordinary mail is never listed");
                }
            }

            eventually().untilAsserted(() -> assertThat(inboxIds()).containsExactlyInAnyOrderElementsOf(withMail(staying)));
            for (int i = 0; i < LEARNERS.size(); i++) {
                assertThat(lms.booking("EVT-PAGES", LEARNERS.get(i))).as(LEARNERS.get(i))
                        .containsEntry("response", response(ANSWERS[i % 3]));
            }
            // each processed answer named in exactly one DeleteItem, nothing else
            assertThat(sandbox.counters().snapshot().items("DeleteItem")).isEqualTo(LEARNERS.size());

            long itemsRead = sandbox.counters().snapshot().items("GetItem");
            long polls = sandbox.counters().snapshot().requests("FindItem");
            eventually().until(() -> sandbox.counters().snapshot().requests("FindItem") >= polls + 6);
            assertThat(sandbox.counters().snapshot().items("GetItem")).as("staying replies read again").isEqualTo(itemsRead);

            // polls end and later ones start: an answer arriving now is applied too
            sandbox.learner(LEARNERS.get(0)).decline(uid);
            eventually().untilAsserted(() -> assertThat(lms.booking("EVT-PAGES", LEARNERS.get(0)))
                    .containsEntry("status", "CANCELLED"));
            eventually().untilAsserted(() -> assertThat(inboxIds()).containsExactlyInAnyOrderElementsOf(withMail(staying)));
            assertThat(sandbox.counters().snapshot().items("DeleteItem")).isEqualTo(LEARNERS.size() + 1);
            assertThat(log.count(Level.WARN, "")).as("warnings").isZero();
            assertThat(log.count(Level.ERROR, "")).as("errors").isZero();
        }
    }

    /** The staying replies plus the ordinary mail, which the connector never touches. */
    private List<String> withMail(List<String> staying) {
        List<String> expected = new ArrayList<>(staying);
        inbox().stream().filter(item -> item.subject() != null && item.subject().startsWith("Budget"))
                .forEach(item -> expected.add(item.id()));
        return expected;
    }

    private static String response(Answer answer) {
        return switch (answer) {
            case ACCEPT -> "ACCEPTED";
            case TENTATIVE -> "TENTATIVE";
            case DECLINE -> "DECLINED";
        };
    }
}
