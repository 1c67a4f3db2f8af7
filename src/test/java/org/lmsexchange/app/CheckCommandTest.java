package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lmsexchange.check.CheckCommand;
import org.lmsexchange.lms.ConnectorTables;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;

/**
 * {@code check}: the real command (its in-process entry point, with the real application.properties) against the
 * sandbox and the test's LMS database; what it prints and its exit code are what the user gets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckCommandTest {

    private static final String ORGANIZER = "svc@example.com";
    private static final String USER = "EXAMPLE-svc-training";
    private static final String PASSWORD = "Recognisable-Pa55word-7f3a";

    private final EwsSandbox sandbox = EwsSandbox.builder().organizer(ORGANIZER)
            .basicUser(USER, PASSWORD, ORGANIZER).start();
    private final TestDatabase database = TestDatabase.create(getClass().getSimpleName());
    private final TestLms lms = new TestLms(database);
    private final Instant switchOn = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeAll
    void lmsWithTwoPendingEventsAndAnOldOne() throws SQLException {
        lms.createSchema();
        try (HikariDataSource connector = new HikariDataSource()) {
            connector.setJdbcUrl(database.url());
            connector.setUsername(database.user());
            connector.setPassword(database.password());
            database.kind().driverProperties().forEach(connector::addDataSourceProperty);
            new ConnectorTables(connector, "connector_", database.kind()).migrate();
        }
        lms.event("CHK-1").booked("ada@example.com").insert();
        lms.event("CHK-2").booked("brian@example.com").insert();
        lms.event("CHK-OLD").booked("chen@example.com").createdAt(switchOn.minus(Duration.ofDays(1))).insert();
    }

    @AfterEach
    void clearFaultsCountersAndOutput() {
        sandbox.faults().clear();
        sandbox.counters().reset();
        printed.reset();
    }

    @AfterAll
    void close() {
        sandbox.close();
        lms.close();
        database.drop();
    }

    @Test
    void everyCheckPassesAndTheTestMeetingLeavesNothingBehind() {
        int exit = check(settings(), "--write");

        assertThat(exit).isZero();
        assertThat(output()).contains(
                        "[ OK ] LMS database reachable",
                        "2 events pending",
                        "[ OK ] EWS URL " + sandbox.ewsUrl() + " reachable",
                        "[ OK ] Authentication: Basic credentials (camel.component.ews.username, camel.component.ews.password) accepted",
                        "[ OK ] Mailbox svc@example.com: calendar and inbox readable",
                        "[ OK ] Test meeting without attendees created in the calendar of svc@example.com and deleted "
                                + "again; nobody was invited",
                        "All checks passed.")
                .doesNotContain("[FAIL]", "[SKIP]", PASSWORD);
        assertThat(sandbox.meetings()).isEmpty();
        assertThat(sandbox.mailbox(ORGANIZER).items("calendar")).isEmpty();
        assertThat(sandbox.mailboxes()).containsExactly(ORGANIZER);
        assertThat(sandbox.counters().snapshot().requests("CreateItem")).isEqualTo(1);
    }

    @Test
    void withoutWriteNothingIsCreatedAndTheOptionIsMentioned() {
        int exit = check(settings());

        assertThat(exit).isZero();
        assertThat(output()).doesNotContain("Test meeting").contains("`check --write` also creates");
    }

    @Test
    void aDatabaseTheConnectorHasNotRunOnSaysSo() {
        TestDatabase fresh = TestDatabase.create("CheckFresh");
        try {
            Map<String, String> settings = settings();
            settings.put("lms.jdbc.url", fresh.url());
            int exit = check(settings);

            assertThat(exit).isZero();
            assertThat(output()).contains("[ OK ] LMS database reachable", "the connector has not run on it yet");
        } finally {
            fresh.drop();
        }
    }

    @Test
    void anUnreachableDatabaseNamesItsSettingsAndTheRestStillRuns() {
        Map<String, String> settings = settings();
        settings.put("lms.jdbc.url", "jdbc:h2:./target/no-such-lms;IFEXISTS=TRUE");

        assertThat(check(settings)).isEqualTo(1);
        assertThat(output()).contains("[FAIL] LMS database: cannot connect",
                "change:       lms.jdbc.url, lms.jdbc.user, lms.jdbc.password",
                "[ OK ] Mailbox svc@example.com: calendar and inbox readable");
    }

    @Test
    void aSettingTheCountNeedsSetBlankIsNamedNotReplacedByADefaultOfTheChecksOwn() {
        Map<String, String> settings = settings();
        settings.put("connector.events.stale-claim-after-s", " ");

        assertThat(check(settings)).isEqualTo(1);
        assertThat(output()).contains("[FAIL] LMS database reachable",
                "counting the pending events failed",
                "connector.events.stale-claim-after-s (CONNECTOR_EVENTS_STALE_CLAIM_AFTER_S) is empty");
    }

    @Test
    void aPortNobodyListensOnIsAWrongUrlAndTheLaterChecksAreSkipped() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> settings = settings();
        settings.put("camel.component.ews.url", "http://127.0.0.1:" + closedPort + "/EWS/Exchange.asmx");

        assertThat(check(settings, "--write")).isEqualTo(1);
        assertThat(output()).contains("[FAIL] EWS URL http://127.0.0.1:" + closedPort + "/EWS/Exchange.asmx not reachable",
                "connection refused", "change:       camel.component.ews.url (CAMEL_COMPONENT_EWS_URL)",
                "[SKIP] Authentication: not checked", "[SKIP] Mailbox: not checked", "[SKIP] Test meeting: not checked");
    }

    @Test
    void aWrongPathIsAWrongUrl() {
        Map<String, String> settings = settings();
        settings.put("camel.component.ews.url", sandbox.baseUrl() + "/ews/wrong.asmx");

        assertThat(check(settings)).isEqualTo(1);
        assertThat(output()).contains("no EWS at this address (HTTP 404)", "change:       camel.component.ews.url (CAMEL_COMPONENT_EWS_URL)");
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedAsTheRoutesWould() {
        Map<String, String> settings = settings();
        settings.put("camel.component.ews.url", "http://mail.example.com/EWS/Exchange.asmx");

        assertThat(check(settings)).isEqualTo(1);
        assertThat(output()).contains("[FAIL] EWS URL: refused", "uses plain http to another machine");
        assertThat(sandbox.counters().snapshot().totalRequests()).isZero();
    }

    @Test
    void aWrongPasswordNamesTheCredentialSettingsAndIsNeverPrinted() {
        Map<String, String> settings = settings();
        settings.put("camel.component.ews.password", "Wr0ng-" + PASSWORD);

        assertThat(check(settings)).isEqualTo(1);
        assertThat(output()).contains("[FAIL] Authentication: refused", "(HTTP 401)",
                        "change:       camel.component.ews.username, camel.component.ews.password, camel.component.ews.domain", "[SKIP] Mailbox")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aMailboxThatDoesNotExistIsAWrongMailbox() {
        Map<String, String> settings = settings();
        settings.put("ews.mailbox", "trainnig@example.com");

        assertThat(check(settings)).isEqualTo(1);
        assertThat(output()).contains("[ OK ] Authentication", "[FAIL] Mailbox trainnig@example.com not readable",
                "no mailbox has the address trainnig@example.com: wrong mailbox", "change:       ews.mailbox (EWS_MAILBOX)");
    }

    @Test
    void aMailboxTheAccountHasNoRightsOnIsAccessDenied() {
        String room = "room@example.com";
        try (EwsSandbox twoUsers = EwsSandbox.builder().organizer(ORGANIZER).basicUser(USER, PASSWORD, ORGANIZER)
                .basicUser(room, "room-pass", room).start()) {
            Map<String, String> asRoom = settings();
            asRoom.putAll(Map.of("camel.component.ews.url", twoUsers.ewsUrl().toString(), "ews.mailbox", room,
                    "camel.component.ews.username", room, "camel.component.ews.password", "room-pass"));
            assertThat(check(asRoom)).as("the room's own mailbox exists once it signed in").isZero();
            printed.reset();
            Map<String, String> settings = settings();
            settings.putAll(Map.of("camel.component.ews.url", twoUsers.ewsUrl().toString(), "ews.mailbox", room));

            assertThat(check(settings)).isEqualTo(1);
            assertThat(output()).contains("[FAIL] Mailbox room@example.com not readable",
                    "the account has no rights on room@example.com (access denied)", "Full Access");
        }
    }

    @Test
    void aTestMeetingThatCannotBeDeletedIsNamedForDeletingByHand() {
        try (EwsSandbox noDeletes = EwsSandbox.builder().organizer(ORGANIZER).basicUser(USER, PASSWORD, ORGANIZER).start()) {
            noDeletes.faults().inject(FaultPlan.of(FaultKind.HTTP_503, 10).onlyFor("DeleteItem"));
            Map<String, String> settings = settings();
            settings.putAll(Map.of("camel.component.ews.url", noDeletes.ewsUrl().toString(), "camel.component.ews.busy-retries", "0"));

            assertThat(check(settings, "--write")).isEqualTo(1);
            assertThat(output()).contains("[FAIL] Test meeting created in the calendar of svc@example.com but not "
                    + "deleted: delete 'LMS connector check: test meeting without attendees' by hand");
            assertThat(noDeletes.meetings()).extracting(m -> m.subject())
                    .containsExactly("LMS connector check: test meeting without attendees");
        }
    }

    @Test
    void impersonationDeniedNamesTheRightToGrant() {
        sandbox.faults().inject(FaultPlan.of(FaultKind.IMPERSONATION_DENIED, 10).onlyFor("FindItem"));

        assertThat(check(settings())).isEqualTo(1);
        assertThat(output()).contains("[FAIL] Mailbox svc@example.com not readable", "impersonation denied",
                "ApplicationImpersonation", "RBAC for Applications");
    }

    @Test
    void ewsDisabledForTheTenantSaysSoWithTheRetirementDates() {
        sandbox.faults().inject(FaultPlan.of(FaultKind.EWS_DISABLED, 10));

        assertThat(check(settings())).isEqualTo(1);
        assertThat(output()).contains("[ OK ] Authentication", "[FAIL] Mailbox svc@example.com not readable",
                "EWS is disabled for this organization, mailbox or app (HTTP 403 Forbidden)", "2026-10-01", "2027-04-01",
                "EwsAllowedAppIDs");
    }

    @Test
    void aMissingApplicationPermissionNamesFullAccessAsApp() {
        sandbox.faults().inject(FaultPlan.of(FaultKind.PERMISSION_MISSING, 10).onlyFor("FindItem"));

        assertThat(check(settings())).isEqualTo(1);
        assertThat(output()).contains("[FAIL] Mailbox svc@example.com not readable", "full_access_as_app",
                "admin consent");
    }

    @Test
    void theDemoHasNothingToCheckAndSaysSo() {
        assertThat(check(Map.of())).isEqualTo(1);
        assertThat(output()).contains("[SKIP] LMS database: not checked, lms.jdbc.url is the demo's embedded database",
                "[FAIL] EWS URL: not set", "there is no Exchange to check");
    }

    @Test
    void usageErrorsExitWithTwoAndHelpWithZero() {
        assertThat(check(Map.of(), "--wirte")).isEqualTo(2);
        assertThat(output()).contains("unknown option --wirte", "usage: java -jar lms-exchange-connector.jar check [--write]");
        printed.reset();
        assertThat(check(Map.of(), "--help")).isZero();
        assertThat(output()).contains("Exit code: 0 all checks passed");
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("lms.jdbc.url", database.url());
        settings.put("lms.jdbc.user", database.user());
        settings.put("lms.jdbc.password", database.password());
        settings.put("lms.demo-data", "false");
        settings.put("connector.switch-on-time", switchOn.toString());
        settings.put("camel.component.ews.url", sandbox.ewsUrl().toString());
        settings.put("ews.mailbox", ORGANIZER);
        settings.put("camel.component.ews.username", USER);
        settings.put("camel.component.ews.password", PASSWORD);
        settings.put("camel.component.ews.timeout", "5000");
        return settings;
    }

    private int check(Map<String, String> settings, String... args) {
        return CheckCommand.run(args, settings, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
