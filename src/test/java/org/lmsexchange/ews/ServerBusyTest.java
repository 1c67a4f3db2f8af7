package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.DeleteResult;
import org.lmsexchange.ews.model.MeetingReply;
import org.lmsexchange.ews.model.ReplyAnswer;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * A busy Exchange (ErrorServerBusy as a SOAP fault or in a response, HTTP 503) is waited out within busyRetries,
 * without ever doing a thing twice; beyond it the exchange fails naming the operation and the busy code.
 */
class ServerBusyTest extends EwsSandboxTestSupport {

    /** Short back-offs keep the test fast; the sandbox asks for 50 ms, a 503 names none. */
    private static final String FAST = "busyBackOff=20";
    private static final Duration BACK_OFF = Duration.ofMillis(50);

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to(ews("createMeeting", FAST));
                from("direct:createOnce").to(ews("createMeeting", FAST, "busyRetries=1"));
                from("direct:responses").to(ews("findResponses", FAST));
                from("direct:delete").to(ews("deleteItems", FAST));
            }
        };
    }

    @ParameterizedTest
    @EnumSource(value = FaultKind.class, names = {"SERVER_BUSY_FAULT", "SERVER_BUSY_RESPONSE", "HTTP_503"})
    void createsTheMeetingOnceWhenExchangeIsBusyTwice(FaultKind busy) {
        sandbox.faults().inject(FaultPlan.of(busy, 2).onlyFor("CreateItem").backOff(BACK_OFF));

        CreatedMeeting created = template.requestBody("direct:create", meeting("B-1", "Europe/Kyiv", ANNA, BEN),
                CreatedMeeting.class);

        assertThat(sandbox.meetings()).singleElement().extracting(ItemView::uid).isEqualTo(created.uid());
        assertThat(sandbox.received(ANNA)).hasSize(1);
        assertThat(sandbox.received(BEN)).hasSize(1);
        assertThat(sandbox.counters().snapshot().requests("CreateItem")).isEqualTo(3);
    }

    /** The meeting exists once CreateItem succeeded: a busy read of its uid must not create it again. */
    @Test
    void doesNotCreateTheMeetingAgainWhenReadingItsUidIsBusy() {
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_FAULT, 1).onlyFor("GetItem").backOff(BACK_OFF));

        CreatedMeeting created = template.requestBody("direct:create", meeting("B-2", "Europe/Kyiv", ANNA),
                CreatedMeeting.class);

        assertThat(sandbox.meetings()).singleElement().extracting(ItemView::uid).isEqualTo(created.uid());
        assertThat(sandbox.received(ANNA)).hasSize(1);
    }

    @Test
    void readsResponsesWhenReadingTheirDetailsIsBusy() {
        String uid = template.requestBody("direct:create", meeting("B-3", "Europe/Kyiv", ANNA), CreatedMeeting.class)
                .uid();
        String accepted = sandbox.learner(ANNA).accept(uid);
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_RESPONSE, 1).onlyFor("GetItem").backOff(BACK_OFF));

        List<?> replies = template.requestBody("direct:responses", null, List.class);

        assertThat(replies).singleElement().isInstanceOfSatisfying(MeetingReply.class, reply -> {
            assertThat(reply.itemId()).isEqualTo(accepted);
            assertThat(reply.uid()).isEqualTo(uid);
            assertThat(reply.answer()).isEqualTo(ReplyAnswer.ACCEPT);
        });
    }

    @Test
    void deletesEveryItemWhenDeleteItemIsAnsweredBusy() {
        String uid = template.requestBody("direct:create", meeting("B-4", "Europe/Kyiv", ANNA, BEN),
                CreatedMeeting.class).uid();
        List<String> responses = List.of(sandbox.learner(ANNA).accept(uid), sandbox.learner(BEN).decline(uid));
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_RESPONSE, 2).onlyFor("DeleteItem")
                .backOff(BACK_OFF));

        DeleteResult result = template.requestBody("direct:delete", responses, DeleteResult.class);

        assertThat(result.deleted()).containsExactlyInAnyOrderElementsOf(responses);
        assertThat(result.failed()).isEmpty();
        assertThat(sandbox.mailbox(ORGANIZER).items("inbox")).isEmpty();
        assertThat(sandbox.counters().snapshot().requests("DeleteItem")).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = FaultKind.class, names = {"SERVER_BUSY_FAULT", "SERVER_BUSY_RESPONSE", "HTTP_503"})
    void failsNamingTheOperationWhenExchangeStaysBusy(FaultKind busy) {
        sandbox.faults().inject(FaultPlan.of(busy, 3).onlyFor("CreateItem").backOff(BACK_OFF));

        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody("direct:createOnce", meeting("B-5", "Europe/Kyiv", ANNA)));

        assertThat(failure.getCause()).isInstanceOfSatisfying(EwsCallException.class, e -> {
            assertThat(e.getResponseCode()).isEqualTo(busy == FaultKind.HTTP_503 ? "HTTP_503" : "ErrorServerBusy");
            assertThat(e.getMessage()).contains("creating the meeting for event B-5");
        });
        assertThat(sandbox.meetings()).isEmpty();
        assertThat(sandbox.received(ANNA)).isEmpty();
        assertThat(sandbox.counters().snapshot().requests("CreateItem")).isEqualTo(2);
    }
}
