package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

/**
 * An LMS whose times are Unix epoch seconds, read without converting them: every event fails at once (not left
 * claimed until the claim goes stale) with a reason naming the column, what it got, and how to convert it in SQL.
 */
class EpochTimesTest extends ConnectorTestSupport {

    /** 2026-01-01T00:00:00Z in seconds since 1970. */
    private static final String EPOCH_SECONDS = "1767225600";

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("sql.lms-events", withColumn(defaultSetting("sql.lms-events"),
                "e.starts_at AS start_at", EPOCH_SECONDS + " AS start_at"));
        return settings;
    }

    @Test
    void eachEventFailsAtOnceNamingTheColumnItsNumberAndTheConversion() {
        try (CapturedLog log = CapturedLog.capture()) {
            List<String> events = List.of(lms.event("EPOCH-1").booked("ada@example.com").insert(),
                    lms.event("EPOCH-2").booked("brian@example.com").insert());

            for (String eventId : events) {
                eventually().untilAsserted(() -> assertThat(lms.meeting(eventId)).as(eventId)
                        .containsEntry("state", "FAILED")
                        .extractingByKey("last_error").asString()
                        .startsWith("event " + eventId + ": start_at is a number (" + EPOCH_SECONDS)
                        .contains("not a time", "epoch seconds", "sql.lms-events", "TO_TIMESTAMP", "FROM_UNIXTIME"));
                // the row is updated first, then the warning logged
                eventually().untilAsserted(() -> assertThat(log.count(Level.WARN, "Event " + eventId + " is not connected"))
                        .as(eventId).isEqualTo(1));
            }
            assertThat(sandbox.meetings()).isEmpty();
            assertThat(log.count(Level.ERROR, "")).as("errors logged").isZero();
        }
    }
}
