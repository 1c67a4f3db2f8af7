package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.exception.http.HttpErrorException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.search.FolderView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.view.ItemView;

class SandboxFaultsTest {

    private static final String ANNA = "anna@example.com";
    private static final Instant START = Instant.parse("2030-03-04T09:00:00Z");

    private EwsSandbox sandbox;
    private ExchangeService service;
    private String normal;

    @BeforeEach
    void start() throws Exception {
        sandbox = EwsSandbox.builder().start();
        service = Clients.basicClient(sandbox);
        normal = Clients.bindInboxOutcome(service);
    }

    @AfterEach
    void stop() {
        service.close();
        sandbox.close();
    }

    @Test
    void http503IsARequestFailureThenTheServerRecovers() throws Exception {
        sandbox.faults().failNext(1, FaultKind.HTTP_503);

        assertThatThrownBy(this::bindInbox)
                .isInstanceOf(ServiceRequestException.class)
                .hasMessageContaining("(503)")
                .rootCause().isInstanceOfSatisfying(HttpErrorException.class,
                        e -> assertThat(e.getHttpErrorCode()).isEqualTo(503));
        assertThat(Clients.bindInboxOutcome(service)).isEqualTo(normal);
    }

    @Test
    void ewsDisabledIsHttp403AsExchangeOnlineAnswersABlockedApp() throws Exception {
        sandbox.faults().failNext(1, FaultKind.EWS_DISABLED);

        assertThatThrownBy(this::bindInbox)
                .rootCause().isInstanceOfSatisfying(HttpErrorException.class,
                        e -> assertThat(e.getHttpErrorCode()).isEqualTo(403));
        assertThat(Clients.bindInboxOutcome(service)).isEqualTo(normal);
    }

    @Test
    void impersonationDeniedIsTheSoapFaultExchangeSends() throws Exception {
        sandbox.faults().failNext(1, FaultKind.IMPERSONATION_DENIED);

        assertThatThrownBy(this::bindInbox)
                .cause().isInstanceOfSatisfying(ServiceResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorImpersonateUserDenied));
        assertThat(Clients.bindInboxOutcome(service)).isEqualTo(normal);
    }

    @Test
    void aMissingApplicationPermissionIs401WithExchangeOnlinesDiagnostics() throws Exception {
        sandbox.faults().failNext(1, FaultKind.PERMISSION_MISSING);

        HttpResponse<String> refused = Clients.post(sandbox, Clients.GET_FOLDER);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("x-ms-diagnostics")).hasValueSatisfying(
                diagnostics -> assertThat(diagnostics).startsWith("2000008;").contains("not enough scope"));
        assertThat(Clients.bindInboxOutcome(service)).isEqualTo(normal);
    }

    @Test
    void serverBusyFaultCarriesTheBackOffAndCountsDown() throws Exception {
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_FAULT, 2).backOff(Duration.ofMillis(750)));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(this::bindInbox)
                    .isInstanceOf(ServiceRequestException.class)
                    .cause().isInstanceOfSatisfying(ServiceResponseException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorServerBusy);
                        assertThat(e.getResponse().getErrorDetails()).containsEntry("BackOffMilliseconds", "750");
                    });
        }
        assertThat(sandbox.faults().pending()).isEmpty();
        assertThat(Clients.bindInboxOutcome(service)).isEqualTo(normal);
    }

    @Test
    void serverBusyInsideA200ResponseIsTheOperationsOwnError() throws Exception {
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_RESPONSE, 1).backOff(Duration.ofSeconds(2)));

        assertThatThrownBy(this::bindInbox)
                .isInstanceOfSatisfying(ServiceResponseException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorServerBusy);
                    assertThat(e.getResponse().getErrorDetails()).containsEntry("BackOffMilliseconds", "2000");
                });
        assertThat(Clients.bindInboxOutcome(service)).isEqualTo(normal);
    }

    @Test
    void serverBusyResponseHasOneMessagePerItemOfTheBatch() throws Exception {
        sandbox.faults().failNext(1, FaultKind.SERVER_BUSY_RESPONSE);
        List<ItemId> ids = List.of(new ItemId("AAA1"), new ItemId("AAA2"), new ItemId("AAA3"));

        var responses = service.deleteItems(ids, DeleteMode.HardDelete, null, null);

        assertThat(responses.getCount()).isEqualTo(3);
        for (ServiceResponse response : responses) {
            assertThat(response.getResult()).isEqualTo(ServiceResult.Error);
            assertThat(response.getErrorCode()).isEqualTo(ServiceError.ErrorServerBusy);
            assertThat(response.getErrorDetails()).containsEntry("BackOffMilliseconds", "500");
        }
    }

    @Test
    void aDroppedConnectionIsAnIoErrorWithoutWaiting() throws Exception {
        service.setTimeout(20_000);
        sandbox.faults().failNext(1, FaultKind.DROP_CONNECTION);

        long started = System.nanoTime();
        assertThatThrownBy(this::bindInbox)
                .isInstanceOf(ServiceRequestException.class)
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(Clients.bindInboxOutcome(service)).isEqualTo(normal);
    }

    @Test
    void noAnswerLetsTheClientTimeOutAndClearingReleasesTheRequest() throws Exception {
        service.setTimeout(300);
        sandbox.faults().failNext(1, FaultKind.NO_ANSWER);

        assertThatThrownBy(this::bindInbox)
                .isInstanceOf(ServiceRequestException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
        sandbox.faults().clear();
        service.setTimeout(10_000);
        assertThat(Clients.bindInboxOutcome(service)).isEqualTo(normal);
    }

    @Test
    void aLateAnswerCarriesTheRequestOutAfterTheClientGaveUp() throws Exception {
        service.setTimeout(300);
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("CreateItem"));

        assertThatThrownBy(() -> meeting("Late").save(SendInvitationsMode.SendToAllAndSaveCopy))
                .isInstanceOf(ServiceRequestException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
        // the sandbox may still be reading the request when the client gives up: wait for it to be held
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.faults().held() == 1);
        assertThat(sandbox.meetings()).as("held until the faults are cleared").isEmpty();

        sandbox.faults().clear();

        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.faults().held() == 0);
        assertThat(sandbox.meetings()).extracting(ItemView::subject).containsExactly("Late");
        assertThat(sandbox.received(ANNA)).singleElement()
                .satisfies(invitation -> assertThat(invitation.subject()).isEqualTo("Late"));
        service.setTimeout(10_000);
        assertThat(Clients.bindInboxOutcome(service)).isEqualTo(normal);
    }

    @Test
    void aLateAnswerIsCarriedOutWhenItsDelayHasPassed() throws Exception {
        service.setTimeout(300);
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("CreateItem")
                .delay(Duration.ofMillis(600)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> meeting("Late").save(SendInvitationsMode.SendToAllAndSaveCopy))
                .hasRootCauseInstanceOf(SocketTimeoutException.class);

        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.faults().held() == 0);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(550));
        assertThat(sandbox.meetings()).extracting(ItemView::subject).containsExactly("Late");
        assertThat(sandbox.faults().pending()).isEmpty();
    }

    @Test
    void aClientThatWaitsLongerThanTheDelayGetsTheLateAnswer() throws Exception {
        service.setTimeout(10_000);
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("CreateItem")
                .delay(Duration.ofMillis(300)));
        Appointment meeting = meeting("Slow");

        long started = System.nanoTime();
        meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(sandbox.meetings()).singleElement()
                .satisfies(stored -> assertThat(stored.id()).isEqualTo(meeting.getId().getUniqueId()));
    }

    @Test
    void closingTheSandboxDropsAHeldLateRequestWithoutCarryingItOut() {
        service.setTimeout(60_000);
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("CreateItem"));
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> {
            try {
                meeting("Never").save(SendInvitationsMode.SendToAllAndSaveCopy);
                return "saved";
            } catch (Exception e) {
                return e.getClass().getSimpleName();
            }
        });
        await().atMost(Duration.ofSeconds(5))
                .until(() -> sandbox.counters().snapshot().requests("CreateItem") == 1);

        sandbox.close();

        assertThat(held).succeedsWithin(Duration.ofSeconds(10)).isEqualTo("ServiceRequestException");
        assertThat(sandbox.meetings()).isEmpty();
    }

    @Test
    void closingTheSandboxReleasesAHeldRequest() {
        service.setTimeout(60_000);
        sandbox.faults().failNext(1, FaultKind.NO_ANSWER);
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> {
            try {
                return Clients.bindInboxOutcome(service);
            } catch (Exception e) {
                return e.getClass().getSimpleName();
            }
        });
        await().atMost(Duration.ofSeconds(5))
                .until(() -> sandbox.counters().snapshot().requests("GetFolder") == 2);

        sandbox.close();

        assertThat(held).succeedsWithin(Duration.ofSeconds(10)).isEqualTo("ServiceRequestException");
    }

    @Test
    void aFaultForOneOperationLeavesTheOthersAlone() throws Exception {
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_FAULT, 1).onlyFor("FindFolder"));

        assertThat(Clients.bindInboxOutcome(service)).isEqualTo(normal);
        assertThatThrownBy(() -> service.findFolders(WellKnownFolderName.Inbox, new FolderView(10)))
                .isInstanceOf(ServiceRequestException.class)
                .cause().isInstanceOfSatisfying(ServiceResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorServerBusy));
        assertThat(sandbox.faults().pending()).isEmpty();
    }

    @Test
    void latencySlowsEveryRequest() throws Exception {
        sandbox.faults().latency(Duration.ofMillis(300));

        long started = System.nanoTime();
        Clients.bindInboxOutcome(service);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        sandbox.faults().latency(Duration.ZERO);
    }

    @Test
    void countersCountRequestsAndItemsPerOperation() throws Exception {
        sandbox.counters().reset();
        Clients.bindInboxOutcome(service);
        Clients.bindInboxOutcome(service);
        deleteWhateverTheAnswer("A1", "A2", "A3");
        deleteWhateverTheAnswer("A4");

        var counts = sandbox.counters().reset();

        assertThat(counts.requests("GetFolder")).isEqualTo(2);
        assertThat(counts.items("GetFolder")).isEqualTo(2);
        assertThat(counts.requests("DeleteItem")).isEqualTo(2);
        assertThat(counts.items("DeleteItem")).isEqualTo(4);
        assertThat(counts.largestRequest("DeleteItem")).isEqualTo(3);
        assertThat(counts.totalRequests()).isEqualTo(4);
        assertThat(sandbox.counters().snapshot().totalRequests()).isZero();
    }

    @Test
    void exactlyThePlannedNumberOfRequestsFailUnderConcurrency() throws Exception {
        int threads = 8;
        int requestsPerThread = 5;
        sandbox.faults().failNext(5, FaultKind.SERVER_BUSY_FAULT);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> outcomes = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                outcomes.add(pool.submit(() -> {
                    try (ExchangeService own = Clients.basicClient(sandbox)) {
                        List<String> mine = new ArrayList<>();
                        for (int i = 0; i < requestsPerThread; i++) {
                            mine.add(Clients.bindInboxOutcome(own));
                        }
                        return mine;
                    }
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> outcome : outcomes) {
                all.addAll(outcome.get());
            }
            assertThat(all).hasSize(threads * requestsPerThread);
            assertThat(all).filteredOn("ErrorServerBusy"::equals).hasSize(5);
            assertThat(all).filteredOn(normal::equals).hasSize(threads * requestsPerThread - 5);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends one DeleteItem for the ids; the answer (unknown ids, or no DeleteItem at all) does not matter here. */
    private void deleteWhateverTheAnswer(String... ids) throws Exception {
        List<ItemId> itemIds = new ArrayList<>();
        for (String id : ids) {
            itemIds.add(new ItemId(id));
        }
        try {
            service.deleteItems(itemIds, DeleteMode.HardDelete, null, null);
        } catch (ServiceRequestException unsupported) {
            assertThat(unsupported).hasCauseInstanceOf(ServiceResponseException.class);
        }
    }

    /** A meeting with Anna, as the connector creates them (the 2.0 client sends it on save). */
    private Appointment meeting(String subject) throws Exception {
        Appointment meeting = new Appointment(service);
        meeting.setSubject(subject);
        meeting.setStart(Date.from(START));
        meeting.setEnd(Date.from(START.plus(Duration.ofHours(1))));
        meeting.getRequiredAttendees().add(ANNA);
        return meeting;
    }

    private void bindInbox() throws Exception {
        Folder.bind(service, WellKnownFolderName.Inbox);
    }
}
