package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.search.ItemView;
import org.junit.jupiter.api.Test;

/** The {@code sandbox} subcommand: what it prints is what works. */
class SandboxCommandTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void printsItsUrlMailboxesAndCredentialsAndTheyWork() throws Exception {
        try (EwsSandbox sandbox = SandboxCommand.start(new String[] {"--port", "0", "--organizer", "training@example.com",
                "--user", "trainer:s3cret-pass", "--script", "ada@example.com=accept:1s", "--latency", "1"}, out)) {
            String banner = printed.toString(StandardCharsets.UTF_8);
            assertThat(banner).contains("EWS URL:        " + sandbox.ewsUrl())
                    .contains("Organizer:      training@example.com")
                    .contains("Basic user:     trainer / s3cret-pass")
                    .contains("Scripted:       ada@example.com=accept:1s")
                    .contains(sandbox.baseUrl() + "/sandbox/api/mailboxes");
            assertThat(sandbox.faults().latency()).isEqualTo(Duration.ofMillis(1));

            try (ExchangeService service = client(sandbox, "trainer", "s3cret-pass")) {
                assertThat(service.findItems(WellKnownFolderName.Inbox, new ItemView(10)).getTotalCount()).isZero();
            }
            try (ExchangeService service = client(sandbox, "trainer", "wrong")) {
                assertThatThrownBy(() -> service.findItems(WellKnownFolderName.Inbox, new ItemView(10)))
                        .isInstanceOf(ServiceRequestException.class).hasMessageContaining("401");
            }
        }
    }

    @Test
    void withoutUsersTheOrganizerSignsInWithTheDefaultPassword() throws Exception {
        try (EwsSandbox sandbox = SandboxCommand.start(new String[] {"--port", "0", "--bearer-token", "T0KEN"}, out);
             ExchangeService service = client(sandbox, "svc@example.com", "sandbox")) {
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("Basic user:     svc@example.com / sandbox")
                    .contains("Bearer token:   T0KEN");
            assertThat(service.findItems(WellKnownFolderName.Calendar, new ItemView(10)).getTotalCount()).isZero();
        }
    }

    @Test
    void aFaultFailsEveryRequestUntilTheFaultsAreCleared() throws Exception {
        try (EwsSandbox sandbox = SandboxCommand.start(new String[] {"--port", "0", "--fault", "ews-disabled"}, out);
             ExchangeService service = client(sandbox, "svc@example.com", "sandbox")) {
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("Fault:          every EWS request fails as ews-disabled until DELETE "
                            + sandbox.baseUrl() + "/sandbox/api/faults");
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> service.findItems(WellKnownFolderName.Inbox, new ItemView(10)))
                        .hasMessageContaining("(403)");
            }

            sandbox.faults().clear();

            assertThat(service.findItems(WellKnownFolderName.Inbox, new ItemView(10)).getTotalCount()).isZero();
        }
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> SandboxCommand.start(new String[] {"--prot", "1"}, out))
                .hasMessage("unknown option --prot");
        assertThatThrownBy(() -> SandboxCommand.start(new String[] {"--port", "eighty"}, out))
                .hasMessage("--port needs a number, not 'eighty'");
        assertThatThrownBy(() -> SandboxCommand.start(new String[] {"--port", "0", "--user", "nopassword"}, out))
                .hasMessageContaining("--user needs NAME:PASSWORD");
        assertThatThrownBy(() -> SandboxCommand.start(new String[] {"--port", "0", "--script", "ada@example.com=maybe:1s"}, out))
                .hasMessageContaining("answer must be one of");
        assertThatThrownBy(() -> SandboxCommand.start(new String[] {"--host"}, out))
                .hasMessage("--host needs a value");
        assertThatThrownBy(() -> SandboxCommand.start(new String[] {"--fault", "ews-off"}, out))
                .hasMessageStartingWith("--fault needs one of http-503, ").hasMessageEndingWith("not 'ews-off'");
    }

    @Test
    void helpPrintsTheOptionsAndStartsNothing() {
        assertThat(SandboxCommand.start(new String[] {"--help"}, out)).isNull();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--bearer-token TOKEN", "--script SPEC");
    }

    private static ExchangeService client(EwsSandbox sandbox, String user, String password) {
        ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(sandbox.ewsUrl());
        service.setCredentials(new WebCredentials(user, password));
        return service;
    }
}
