package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.client.ExchangeServices;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.NewMeeting;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * The ews component with camel.component.ews.auth=oauth2 against the sandbox's token endpoint, through the real msal4j: tokens are
 * cached and shared by the endpoints, renewed before they expire, renewed once after Exchange refuses one, and
 * safe under concurrent routes.
 */
class OAuth2Test extends OAuth2SandboxTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                getContext().getComponent("ews", EwsComponent.class).setConfiguration(oauth2());
                from("direct:create").to("ews:" + ORGANIZER + "?operation=createMeeting");
                from("direct:find").to("ews:" + ORGANIZER + "?operation=findMeetings");
            }
        };
    }

    @Test
    void aMeetingIsCreatedWithAnAppTokenThatEveryEndpointShares() {
        CreatedMeeting created = template.requestBody("direct:create", meeting("OA-1", "Europe/Berlin", ANNA),
                CreatedMeeting.class);
        List<Object> found = template.requestBody("direct:find", "OA-1", List.class);

        assertThat(sandbox.meetings()).extracting(ItemView::subject).containsExactly("Event OA-1");
        assertThat(sandbox.received(ANNA)).extracting(ItemView::uid).containsExactly(created.uid());
        assertThat(found).containsExactly(created);
        // one token for both endpoints and all three calls (create, read its UID, find)
        assertThat(sandbox.tokensIssued()).isEqualTo(1);
    }

    @Test
    void aTokenThatExchangeRefusesIsRenewedOnceAndTheCallSucceeds() {
        template.requestBody("direct:create", meeting("OA-2", "Europe/Berlin", ANNA));
        // the sandbox's clock passes the token's expiry; msal4j, on the real clock, still holds it valid
        clock.advance(Duration.ofMinutes(61));

        template.requestBody("direct:create", meeting("OA-3", "Europe/Berlin", BEN));

        assertThat(sandbox.meetings()).extracting(ItemView::subject).containsExactlyInAnyOrder("Event OA-2", "Event OA-3");
        assertThat(sandbox.received(BEN)).hasSize(1);
        assertThat(sandbox.tokensIssued()).isEqualTo(2);
    }

    @Test
    void aTokenIsReusedWhileValidAndReplacedBeforeItExpires() throws Exception {
        ExchangeServices services = ExchangeServices.create(oauth2());
        assertThat(services.acquireToken()).isEqualTo(services.acquireToken());

        // msal4j replaces a token five minutes before it expires: one that lives four minutes is never reused
        try (EwsSandbox shortLived = EwsSandbox.builder().tls(serverCertificate.serverContext())
                .tokenLifetime(Duration.ofMinutes(4)).oauthApp(app().build()).start()) {
            EwsConfiguration configuration = oauth2();
            configuration.setOauth2AuthorityHost(shortLived.authorityHost().toString());
            ExchangeServices renewing = ExchangeServices.create(configuration);

            assertThat(renewing.acquireToken()).isNotEqualTo(renewing.acquireToken());
            assertThat(shortLived.tokensIssued()).isEqualTo(2);
        }
    }

    @Test
    void concurrentRoutesShareOneTokenAndAllSucceed() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<CreatedMeeting>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                NewMeeting meeting = meeting("OA-C" + i, "Europe/Berlin", ANNA);
                results.add(threads.submit(() -> template.requestBody("direct:create", meeting, CreatedMeeting.class)));
            }
            for (Future<CreatedMeeting> result : results) {
                assertThat(result.get().uid()).isNotBlank();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(sandbox.meetings()).hasSize(24);
        assertThat(sandbox.tokensIssued()).isEqualTo(1);
    }

    @Test
    void afterExpiryConcurrentRoutesRenewTheTokenOnlyOnce() throws Exception {
        template.requestBody("direct:create", meeting("OA-E0", "Europe/Berlin", ANNA));
        clock.advance(Duration.ofMinutes(61));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                NewMeeting meeting = meeting("OA-E" + (i + 1), "Europe/Berlin", ANNA);
                results.add(threads.submit(() -> template.requestBody("direct:create", meeting)));
            }
            for (Future<Object> result : results) {
                result.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(sandbox.meetings()).hasSize(13);
        assertThat(sandbox.tokensIssued()).isEqualTo(2);
    }

    @Test
    void theTokenIsNeverInTheErrorOfARefusedCall() {
        sandbox.close(); // nothing answers any more
        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody("direct:create", meeting("OA-X", "Europe/Berlin", ANNA)));

        assertThat(failure.getCause()).isInstanceOf(EwsCallException.class);
        assertThat(stackTraceOf(failure)).doesNotContain(SECRET).doesNotContain("eyJ");
    }

    static String stackTraceOf(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }
}
