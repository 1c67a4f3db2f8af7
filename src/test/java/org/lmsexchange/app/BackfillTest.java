package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.lmsexchange.backfill.BackfillCommand;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * {@code backfill} beside the running connector, which records its switch-on time at its first start (no
 * connector.switch-on-time): a dry run lists exactly the events created between the instant and the switch-on time
 * that are scheduled, have not ended and have no meeting, and changes nothing; the real run moves the switch-on time
 * back, and the running connector then creates exactly those meetings, each learner invited once.
 */
class BackfillTest extends ConnectorTestSupport {

    private static final String NEW_REQUEST = "NewMeetingRequest";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.remove("connector.switch-on-time");
        return settings;
    }

    @Test
    void aDryRunListsTheRightEventsThenTheRealRunHasTheRunningConnectorConnectThem() {
        Instant switchOn = recordedSwitchOn();
        Instant createdAfter = switchOn.minus(Duration.ofDays(2));
        Instant between = switchOn.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        lms.event("BF-BEFORE").booked("hana@example.com").createdAt(switchOn.minus(Duration.ofDays(3))).insert();
        lms.event("BF-1").title("First aid").booked("ada@example.com", "brian@example.com").createdAt(between).insert();
        lms.event("BF-2").booked("chen@example.com").createdAt(between).insert();
        lms.event("BF-ENDED").booked("dora@example.com").createdAt(between)
                .startsAt(Instant.now().minus(Duration.ofHours(3))).insert();
        lms.event("BF-CANCELLED").booked("emil@example.com").createdAt(between).insert();
        lms.update("UPDATE lms_event SET status = 'CANCELLED' WHERE id = ?", "BF-CANCELLED");
        lms.event("BF-MET").booked("fay@example.com").createdAt(between).insert();
        lms.update("INSERT INTO connector_meeting (event_id, state, item_id, change_key, uid, attempts, claimed_at, "
                + "updated_at) VALUES (?, 'CREATED', 'AAMk-made-earlier', 'CK-1', 'uid-made-earlier', 1, ?, ?)", "BF-MET",
                Instant.now(), Instant.now());
        lms.event("BF-AFTER").booked("gus@example.com").insert();
        awaitMeeting("BF-AFTER");

        assertThat(backfill("--created-after", createdAfter.toString(), "--dry-run")).isZero();
        assertThat(output()).contains("Events created from " + createdAfter + " until the switch-on time " + switchOn,
                        "  BF-1  \"First aid\"  starts ", "created " + between + "  2 learners booked",
                        "  BF-2  \"Course BF-2\"", "1 learner booked", "2 events would be connected. Dry run: nothing was changed.")
                .doesNotContain("BF-BEFORE", "BF-ENDED", "BF-CANCELLED", "BF-MET", "BF-AFTER");
        lms.event("BF-AFTER-DRY-RUN").booked("ivan@example.com").insert();
        awaitMeeting("BF-AFTER-DRY-RUN"); // a poll after the dry run
        assertThat(recordedSwitchOn()).isEqualTo(switchOn);
        assertThat(lms.meeting("BF-1")).as("a dry run connects nothing").isNull();
        assertThat(lms.meeting("BF-2")).isNull();
        assertThat(lms.meeting("BF-ENDED")).isNull();
        printed.reset();

        assertThat(backfill("--created-after", createdAfter.toString())).isZero();
        assertThat(output()).contains("Switch-on time moved from " + switchOn + " back to " + createdAfter,
                "connects these 2 events at its next polls", "1 event of that time that had ended left alone");
        assertThat(recordedSwitchOn()).isEqualTo(createdAfter);
        String first = awaitMeeting("BF-1");
        String second = awaitMeeting("BF-2");
        lms.event("BF-AFTER-RUN").booked("jon@example.com").insert();
        awaitMeeting("BF-AFTER-RUN"); // a poll after the meetings of the backfill

        assertThat(invitations("ada@example.com")).containsExactly(first);
        assertThat(invitations("brian@example.com")).containsExactly(first);
        assertThat(invitations("chen@example.com")).containsExactly(second);
        for (String leftAlone : new String[] {"hana@example.com", "dora@example.com", "emil@example.com", "fay@example.com"}) {
            assertThat(sandbox.received(leftAlone)).as("mail to %s", leftAlone).isEmpty();
        }
        assertThat(lms.meeting("BF-BEFORE")).isNull();
        assertThat(lms.meeting("BF-CANCELLED")).isNull();
        assertThat(lms.meeting("BF-ENDED")).containsEntry("state", "LEFT_ALONE");
        assertThat((String) lms.meeting("BF-ENDED").get("last_error")).contains("ended before the backfill");
        assertThat(sandbox.meetings()).as("AFTER, AFTER-DRY-RUN, BF-1, BF-2, AFTER-RUN").hasSize(5);
    }

    /** The uids of the invitations a learner received. */
    private List<String> invitations(String learner) {
        return sandbox.received(learner).stream().filter(mail -> NEW_REQUEST.equals(mail.meetingRequestType()))
                .map(ItemView::uid).toList();
    }

    private Instant recordedSwitchOn() {
        return Instant.parse((String) lms.query("SELECT setting_value FROM connector_setting WHERE setting_name = ?",
                "switch-on-time").get(0).get("setting_value"));
    }

    private int backfill(String... args) {
        Map<String, String> settings = new HashMap<>();
        settings().forEach((key, value) -> settings.put((String) key, (String) value));
        return BackfillCommand.run(args, settings, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
