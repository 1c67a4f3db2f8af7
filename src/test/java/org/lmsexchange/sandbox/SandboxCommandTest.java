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
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.SelfSignedCertificate;
import org.lmsexchange.ews.TestCertificates;
import org.lmsexchange.ews.client.ExchangeServices;
import org.lmsexchange.ews.client.MailboxSession;

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
    void anOAuthAppGetsTokensOverHttpsAsPrintedAndItsSecretIsNotPrinted() throws Exception {
        String keyStore = TestCertificates.LOOPBACK.keyStore().toString();
        try (EwsSandbox sandbox = SandboxCommand.start(new String[] {"--port", "0", "--tls-keystore", keyStore,
                "--tls-password", SelfSignedCertificate.PASSWORD, "--oauth-app",
                "tenant=contoso.example,client-id=lms-app,secret=app~secret~value", "--token-minutes", "5"}, out)) {
            String banner = printed.toString(StandardCharsets.UTF_8);
            assertThat(banner).contains("Token endpoint: https://127.0.0.1:" + sandbox.port()
                            + "/contoso.example/oauth2/v2.0/token")
                    .contains("OAuth2 app:     tenant contoso.example, client id lms-app, roles [full_access_as_app]")
                    .contains("CAMEL_COMPONENT_EWS_AUTH=oauth2 CAMEL_COMPONENT_EWS_OAUTH2_AUTHORITY_HOST=https://127.0.0.1:" + sandbox.port())
                    .doesNotContain("app~secret~value").doesNotContain(SelfSignedCertificate.PASSWORD);

            EwsConfiguration connector = new EwsConfiguration();
            connector.setMailbox(sandbox.organizer());
            connector.setUrl(sandbox.ewsUrl().toString());
            connector.setAuth("oauth2");
            connector.setOauth2AuthorityHost(sandbox.authorityHost().toString());
            connector.setOauth2Tenant("contoso.example");
            connector.setOauth2ClientId("lms-app");
            connector.setOauth2ClientSecret("app~secret~value");
            connector.setTrustStore(keyStore);
            connector.setTrustStorePassword(SelfSignedCertificate.PASSWORD);
            try (MailboxSession mailbox = ExchangeServices.create(connector).session()) {
                assertThat(mailbox.findMeetings("EVT-none")).isEmpty(); // the calendar read with the app's token
            }
            assertThat(sandbox.tokensIssued()).isEqualTo(1);
        }
    }

    @Test
    void oauthAppsNeedHttpsAndAWellFormedSpec() {
        assertThatThrownBy(() -> SandboxCommand.start(new String[] {"--port", "0", "--oauth-app",
                "tenant=t,client-id=c,secret=s"}, out)).hasMessageContaining("--oauth-app needs HTTPS");
        assertThatThrownBy(() -> SandboxCommand.start(new String[] {"--port", "0", "--oauth-app", "tenant=t,secret=s"}, out))
                .hasMessage("--oauth-app needs tenant=... and client-id=...");
        assertThatThrownBy(() -> SandboxCommand.start(new String[] {"--port", "0", "--oauth-app", "tenant=t,client-id=c"}, out))
                .hasMessage("--oauth-app needs secret=... or certificate=FILE (or both)");
    }

    @Test
    void helpPrintsTheOptionsAndStartsNothing() {
        assertThat(SandboxCommand.start(new String[] {"--help"}, out)).isNull();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--bearer-token TOKEN", "--script SPEC",
                "--tls-keystore FILE", "--oauth-app SPEC");
    }

    private static ExchangeService client(EwsSandbox sandbox, String user, String password) {
        ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(sandbox.ewsUrl());
        service.setCredentials(new WebCredentials(user, password));
        return service;
    }
}
