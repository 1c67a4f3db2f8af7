package org.lmsexchange.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Times read from any of the drivers are the same instant, whatever zone the JVM runs in. */
class SqlValuesTest {

    private static final Instant START = Instant.parse("2030-05-13T07:00:00Z");
    private final TimeZone jvmZone = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void everyDriversTimeTypeIsTheSameInstantInAnyJvmZone() {
        for (String zone : new String[] {"UTC", "America/Los_Angeles", "Asia/Kolkata"}) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));

            assertThat(SqlValues.instant(START.atOffset(ZoneOffset.ofHours(3)))).as(zone).isEqualTo(START);
            assertThat(SqlValues.instant(Timestamp.from(START))).as(zone).isEqualTo(START);
            assertThat(SqlValues.instant(LocalDateTime.ofInstant(START, ZoneOffset.UTC))).as(zone).isEqualTo(START);
            assertThat(SqlValues.utc(START)).as(zone).isEqualTo(OffsetDateTime.of(2030, 5, 13, 7, 0, 0, 0, ZoneOffset.UTC));
        }
    }

    @Test
    void aTextLongerThanItsColumnIsCutToFit() {
        assertThat(SqlValues.text("x".repeat(2500), 2000)).hasSize(2000).endsWith("…");
        assertThat(SqlValues.text("short", 2000)).isEqualTo("short");
        assertThat(SqlValues.text(null, 2000)).isNull();
    }
}
