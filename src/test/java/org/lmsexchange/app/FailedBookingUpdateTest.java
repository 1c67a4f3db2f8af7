package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

/**
 * A reply whose booking update fails is not deleted, and does not hold up the rest of its page: the other replies
 * are applied and deleted; once the cause is gone, the failed one goes through at a later inbox read.
 */
class FailedBookingUpdateTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";
    private static final String CARL = "carl@example.com";

    @Test
    void aReplyWhoseUpdateFailsStaysInTheInboxAndTheOthersGoOn() {
        String uid = awaitMeeting(lms.event("EVT-STUCK").booked(ADA, CARL).insert());
        // the LMS refuses Carl's tentative (say, a trigger of its own): his update fails, Ada's does not
        lms.update("ALTER TABLE lms_booking ADD CONSTRAINT no_tentative_carl "
                + "CHECK (NOT (learner_email = 'carl@example.com' AND response = 'TENTATIVE'))");

        String carlsReply = sandbox.learner(CARL).tentativelyAccept(uid);
        sandbox.learner(ADA).accept(uid);

        eventually().untilAsserted(() -> assertThat(lms.booking("EVT-STUCK", ADA))
                .containsEntry("status", "BOOKED").containsEntry("response", "ACCEPTED"));
        eventually().untilAsserted(() -> assertThat(inboxIds()).containsExactly(carlsReply));
        NotifyBuilder twoMoreReads = new NotifyBuilder(getCamelContext())
                .fromRoute("exchange-responses-to-lms").whenDone(2).create();
        assertThat(twoMoreReads.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(inboxIds()).containsExactly(carlsReply);
        assertThat(lms.booking("EVT-STUCK", CARL)).containsEntry("response", null);

        lms.update("ALTER TABLE lms_booking DROP CONSTRAINT no_tentative_carl");

        eventually().untilAsserted(() -> assertThat(lms.booking("EVT-STUCK", CARL))
                .containsEntry("status", "BOOKED").containsEntry("response", "TENTATIVE"));
        eventually().untilAsserted(() -> assertThat(inboxIds()).isEmpty());
    }
}
