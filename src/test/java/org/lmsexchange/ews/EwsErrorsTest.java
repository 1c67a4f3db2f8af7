package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.ObjectHelper;
import org.junit.jupiter.api.Test;

/** What a user sees when the endpoint is set up wrong: clear messages, and never a password. */
class EwsErrorsTest extends EwsSandboxTestSupport {

    private static final String WRONG_PASSWORD = "Wr0ng-S3cret";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wrongPassword").to("ews:" + ORGANIZER + "?operation=createMeeting&url=" + sandbox.ewsUrl()
                        + "&username=" + ORGANIZER + "&password=RAW(" + WRONG_PASSWORD + ")");
                from("direct:find").to(ews("findMeetings"));
            }
        };
    }

    @Test
    void aWrongPasswordFailsWithHttp401AndKeepsThePasswordOutOfTheMessages() {
        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody("direct:wrongPassword", meeting("X-1", "Europe/Kyiv", ANNA)));

        assertThat(failure.getCause()).isInstanceOfSatisfying(EwsCallException.class, e -> {
            assertThat(e.getResponseCode()).isEqualTo("HTTP_401");
            assertThat(e.getMessage()).contains("creating the meeting for event X-1");
        });
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t)).doesNotContain(WRONG_PASSWORD);
        }
        assertThat(sandbox.meetings()).isEmpty();
    }

    @Test
    void anEndpointWithoutUrlFailsAtStartUpNamingIt() {
        Throwable failure = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:noUrl").to("ews:" + ORGANIZER + "?operation=createMeeting");
            }
        }));

        assertThat(ObjectHelper.getException(IllegalArgumentException.class, failure))
                .hasMessageContaining("url");
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedUnlessAllowedAndOnlyHttpsUrlsAreTaken() {
        Throwable plain = catchThrowable(() -> addRoute("direct:plain",
                "ews:" + ORGANIZER + "?operation=createMeeting&url=http://mail.example.com/EWS/Exchange.asmx"));
        assertThat(ObjectHelper.getException(IllegalArgumentException.class, plain))
                .hasMessageContainingAll("http://mail.example.com/EWS/Exchange.asmx", "unencrypted", "allowPlainHttp");

        Throwable relative = catchThrowable(() -> addRoute("direct:relative",
                "ews:" + ORGANIZER + "?operation=createMeeting&url=mail.example.com/EWS"));
        assertThat(ObjectHelper.getException(IllegalArgumentException.class, relative))
                .hasMessageContaining("must be an absolute https:// URL");

        assertThat(catchThrowable(() -> addRoute("direct:allowed", "ews:" + ORGANIZER
                + "?operation=createMeeting&allowPlainHttp=true&url=http://mail.example.com/EWS/Exchange.asmx"))).isNull();
    }

    /**
     * Plain http is for this machine only, judged by where the host name leads, not by how it begins: a name that
     * merely starts with 127. (anyone can point it anywhere) is refused; loopback addresses and localhost are taken.
     * The .example names are reserved and never resolve, so they stand for names the connector cannot check.
     */
    @Test
    void plainHttpIsTakenOnlyForHostsThatResolveToLoopbackAddresses() {
        for (String host : new String[] {"127.attacker.example", "127.0.0.1.attacker.example"}) {
            Throwable refused = catchThrowable(() -> addRoute("direct:" + host,
                    "ews:" + ORGANIZER + "?operation=createMeeting&url=http://" + host + "/EWS/Exchange.asmx"));
            assertThat(ObjectHelper.getException(IllegalArgumentException.class, refused)).as(host)
                    .hasMessageContainingAll("http://" + host + "/EWS/Exchange.asmx", "does not resolve", "unencrypted",
                            "allowPlainHttp");
        }

        for (String host : new String[] {"127.0.0.1", "127.1.2.3", "localhost", "[::1]"}) {
            assertThat(catchThrowable(() -> addRoute("direct:loopback-" + host, "ews:" + ORGANIZER
                    + "?operation=createMeeting&url=http://" + host + ":8765/EWS/Exchange.asmx"))).as(host).isNull();
        }
    }

    private void addRoute(String from, String to) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        });
    }

    @Test
    void anUnknownOperationInTheHeaderIsRefusedNamingIt() {
        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("direct:find", "X-2", EwsConstants.OPERATION, "sendPigeon"));

        assertThat(failure.getCause()).hasMessageContainingAll("sendPigeon", EwsConstants.OPERATION, "findMeetings");
        assertThat(sandbox.counters().snapshot().totalRequests()).isZero();
    }
}
