package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * The LMS database goes away in the middle of a run and comes back: the outage is logged once with its cause and
 * once when it ends, /observe/health reports it, the routes recover by themselves, an answer stays in the inbox
 * until its booking update is committed, and a meeting created while the database was gone is not created again.
 */
class DatabaseOutageTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";

    private final CuttableDatabase cuttableDatabase;
    private final HealthEndpoint health = new HealthEndpoint();

    DatabaseOutageTest() throws IOException, SQLException {
        cuttableDatabase = new CuttableDatabase(database);
    }

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.putAll(cuttableDatabase.settings(Duration.ofSeconds(1)));
        settings.setProperty("connector.events.stale-claim-after-s", "2");
        settings.putAll(health.settings());
        return settings;
    }

    /** A failed test must not leave the next one without its database. */
    @AfterEach
    void databaseBack() {
        sandbox.faults().latency(Duration.ZERO);
        cuttableDatabase.restore();
    }

    @AfterAll
    void closeDatabase() {
        cuttableDatabase.close();
    }

    @Test
    void anAnswerArrivingDuringAnOutageIsAppliedOnceTheDatabaseIsBack() throws Exception {
        try (CapturedLog log = CapturedLog.capture()) {
            outageAndRecovery(log);
        }
    }

    private void outageAndRecovery(CapturedLog log) throws Exception {
        String uid = awaitMeeting(lms.event("EVT-BEFORE").booked(ADA).insert());
        assertThat(health.get().statusCode()).isEqualTo(200);

        cuttableDatabase.cut();
        sandbox.learner(ADA).accept(uid);
        lms.event("EVT-DURING").booked(ADA).insert();
        long readsBefore = inboxReads();

        eventually().untilAsserted(() -> assertThat(health.get().statusCode()).isEqualTo(503));
        assertThat(health.get().body()).contains("lms-database").contains("The LMS database is unavailable");
        // the inbox was read during the outage, and the answer was left there: its update could not commit
        eventually().until(() -> inboxReads() > readsBefore);
        assertThat(inbox()).hasSize(1);
        assertThat(lms.booking("EVT-BEFORE", ADA)).containsEntry("response", null);

        cuttableDatabase.restore();
        eventually().untilAsserted(() -> assertThat(lms.booking("EVT-BEFORE", ADA)).containsEntry("response", "ACCEPTED"));
        eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
        awaitMeeting("EVT-DURING");
        eventually().untilAsserted(() -> assertThat(health.get().statusCode()).isEqualTo(200));

        assertThat(log.count(Level.WARN, "The LMS database is unavailable")).isEqualTo(1);
        assertThat(log.count(Level.INFO, "The LMS database is available again")).isEqualTo(1);
        assertThat(log.count(Level.ERROR, "")).isZero();
        assertThat(sandbox.meetings()).extracting(ItemView::subject)
                .containsOnlyOnce("Course EVT-BEFORE", "Course EVT-DURING");
    }

    @Test
    void aMeetingCreatedJustBeforeTheDatabaseWentAwayIsNotCreatedAgain() throws Exception {
        // Exchange answers slowly: the database goes away after the claim, while the meeting is being created,
        // so the meeting exists but the connector cannot record it
        sandbox.faults().latency(Duration.ofMillis(1500));
        long createsBefore = sandbox.counters().snapshot().requests("CreateItem");
        lms.event("EVT-MIDWAY").booked(ADA).insert();
        eventually().until(() -> sandbox.counters().snapshot().requests("CreateItem") > createsBefore);
        cuttableDatabase.cut();
        eventually().untilAsserted(() -> assertThat(health.get().statusCode()).isEqualTo(503));
        assertThat(sandbox.meetings()).extracting(ItemView::subject).contains("Course EVT-MIDWAY");
        assertThat(lms.meeting("EVT-MIDWAY")).containsEntry("state", "CLAIMED");
        sandbox.faults().latency(Duration.ZERO);

        cuttableDatabase.restore();
        // the claim goes stale, is taken again, and the meeting is found instead of created once more
        awaitMeeting("EVT-MIDWAY");
        assertThat(sandbox.meetings()).filteredOn(m -> m.subject().equals("Course EVT-MIDWAY")).hasSize(1);
        assertThat(sandbox.received(ADA)).filteredOn(m -> m.subject().equals("Course EVT-MIDWAY")).hasSize(1);
        assertThat(meetingOf("EVT-MIDWAY").subject()).isEqualTo("Course EVT-MIDWAY");
    }

    private long inboxReads() {
        return sandbox.counters().snapshot().requests("FindItem");
    }
}
