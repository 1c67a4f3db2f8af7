package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * E-mail addresses compare trimmed and case-insensitively everywhere: a learner stored in the LMS with spaces
 * around the address or in upper case is invited once, at the plain address, and an answer from them counts, in
 * whatever case Exchange shows their address.
 */
class LearnerAddressesTest extends ConnectorTestSupport {

    private static final String IVAN_STORED = " ivan@example.com ";
    private static final String OLGA_STORED = "Olga@Example.COM";
    /** How the organization spells Ivan's mailbox: Exchange shows his answers as from this address. */
    private static final String IVAN_MAILBOX = "IVAN@Example.com";

    @Override
    protected EwsSandbox.Builder sandboxSettings() {
        return super.sandboxSettings().mailbox(IVAN_MAILBOX);
    }

    @Test
    void learnersStoredPaddedOrInUpperCaseAreInvitedAndTheirAnswersApplied() {
        String uid = awaitMeeting(lms.event("EVT-ADDR").booked(IVAN_STORED, OLGA_STORED).insert());

        assertThat(meetingOf("EVT-ADDR").attendees()).extracting(a -> a.address())
                .containsExactlyInAnyOrder("ivan@example.com", "olga@example.com");
        assertThat(sandbox.received("ivan@example.com")).extracting(ItemView::uid).containsExactly(uid);
        assertThat(sandbox.received("olga@example.com")).extracting(ItemView::uid).containsExactly(uid);

        // Exchange shows the answering learner's address as their mailbox spells it: IVAN@Example.com
        sandbox.learner("ivan@example.com").accept(uid);
        sandbox.learner("olga@example.com").decline(uid);

        eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
        assertThat(lms.booking("EVT-ADDR", IVAN_STORED)).containsEntry("status", "BOOKED").containsEntry("response", "ACCEPTED");
        assertThat(lms.booking("EVT-ADDR", OLGA_STORED)).containsEntry("status", "CANCELLED").containsEntry("response", "DECLINED");
        assertThat(lms.query("SELECT learner_email FROM connector_reply ORDER BY learner_email"))
                .extracting(row -> row.get("learner_email")).containsExactly("ivan@example.com", "olga@example.com");
    }
}
