package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ConnectingIdType;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.exception.http.HttpErrorException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.ImpersonatedUserId;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.http.BearerTokenValidator;

class SandboxAuthenticationTest {

    private static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOi.demo-app-token";

    @Test
    void basicCredentialsGetThroughToTheOperation() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().start();
             ExchangeService service = Clients.basicClient(sandbox)) {
            assertThat(Clients.bindInboxOutcome(service)).isNotEqualTo("ErrorImpersonateUserDenied");
            assertThat(sandbox.counters().snapshot().requests("GetFolder")).isEqualTo(1);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWith401() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().start();
             ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
            service.setUrl(sandbox.ewsUrl());
            service.setCredentials(new WebCredentials(Clients.USER, "wrong"));

            assertThatThrownBy(() -> Clients.bindInboxOutcome(service))
                    .isInstanceOf(ServiceRequestException.class)
                    .hasMessageContaining("(401)")
                    .rootCause().isInstanceOfSatisfying(HttpErrorException.class,
                            e -> assertThat(e.getHttpErrorCode()).isEqualTo(401));
            assertThat(sandbox.counters().snapshot().totalRequests()).isZero();
        }
    }

    @Test
    void aValidBearerTokenActsForTheImpersonatedMailbox() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().bearerTokens(BearerTokenValidator.appToken(TOKEN)).start();
             ExchangeService service = Clients.bearerClient(sandbox, TOKEN, "trainer@example.com")) {
            assertThat(Clients.bindInboxOutcome(service)).isNotEqualTo("ErrorImpersonateUserDenied");
            assertThat(sandbox.counters().snapshot().requests("GetFolder")).isEqualTo(1);
        }
    }

    @Test
    void aWrongBearerTokenIsRefusedWith401() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().bearerTokens(BearerTokenValidator.appToken(TOKEN)).start();
             ExchangeService service = Clients.bearerClient(sandbox, "stolen-token", "trainer@example.com")) {
            assertThatThrownBy(() -> Clients.bindInboxOutcome(service))
                    .isInstanceOf(ServiceRequestException.class)
                    .hasMessageContaining("(401)")
                    .rootCause().isInstanceOfSatisfying(HttpErrorException.class,
                            e -> assertThat(e.getHttpErrorCode()).isEqualTo(401));
        }
    }

    @Test
    void bearerTokensAreRefusedUnlessConfigured() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().start()) {
            HttpResponse<String> response = Clients.post(sandbox, Clients.GET_FOLDER, "Authorization", "Bearer " + TOKEN);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Basic realm=\"EWS sandbox\"");
        }
    }

    @Test
    void theChallengeOffersBothSchemesAndNeverEchoesTheSecret() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().bearerTokens(BearerTokenValidator.appToken(TOKEN)).start()) {
            HttpResponse<String> response = Clients.post(sandbox, Clients.GET_FOLDER,
                    "Authorization", "Bearer not-" + TOKEN);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(
                    "Basic realm=\"EWS sandbox\"", "Bearer realm=\"EWS sandbox\", error=\"invalid_token\"");
            assertThat(response.body()).doesNotContain(TOKEN);
            assertThat(String.join(" ", response.headers().map().toString())).doesNotContain(TOKEN);
        }
    }

    @Test
    void aLargeRequestWithoutCredentialsStillGetsItsChallenge() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().start()) {
            String large = Clients.envelope("<m:CreateItem><m:Items>" + "<t:Message/>".repeat(100_000) + "</m:Items></m:CreateItem>");

            HttpResponse<String> response = Clients.post(sandbox, large, "Authorization", "Negotiate none");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(Clients.post(sandbox, Clients.GET_FOLDER).statusCode()).isNotEqualTo(401);
        }
    }

    @Test
    void aBasicUserCannotImpersonateAnotherMailbox() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().start();
             ExchangeService service = Clients.basicClient(sandbox)) {
            service.setImpersonatedUserId(new ImpersonatedUserId(ConnectingIdType.SmtpAddress, "other@example.com"));

            assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Inbox))
                    .isInstanceOf(ServiceRequestException.class)
                    .cause().isInstanceOfSatisfying(ServiceResponseException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorImpersonateUserDenied));
        }
    }

    @Test
    void aBasicUserMayActForTheMailboxesItIsGranted() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder()
                .basicUser(Clients.USER, Clients.PASSWORD, Clients.USER, "room@example.com").start();
             ExchangeService service = Clients.basicClient(sandbox)) {
            service.setImpersonatedUserId(new ImpersonatedUserId(ConnectingIdType.SmtpAddress, "ROOM@example.com"));

            assertThat(Clients.bindInboxOutcome(service)).isNotEqualTo("ErrorImpersonateUserDenied");
        }
    }

    @Test
    void theAnchorMailboxAloneIsCheckedToo() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().start();
             ExchangeService service = Clients.basicClient(sandbox)) {
            service.getHttpHeaders().put("X-AnchorMailbox", "other@example.com");

            assertThat(Clients.bindInboxOutcome(service)).isEqualTo("ErrorImpersonateUserDenied");
        }
    }
}
