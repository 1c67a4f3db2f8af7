package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.MeetingResponseType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.ComparisonMode;
import microsoft.exchange.webservices.data.core.enumeration.search.ContainmentMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.MeetingResponse;
import microsoft.exchange.webservices.data.core.service.schema.EmailMessageSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.core.service.schema.MeetingMessageSchema;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.search.ItemView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.http.BearerTokenValidator;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;
import org.lmsexchange.sandbox.store.ItemKind;

/** What a connector notices through the real client: faults, OAuth impersonation, gzip, learners' answers. */
class EndToEndClientTest {

    private static final String TOKEN = "app-token";
    private static final String ORGANIZER = "svc@example.com";
    private static final String TRAINER = "trainer@example.com";
    private static final String ANN = "ann@example.com";
    private static final String BEN = "ben@example.com";
    private static final SearchFilter MEETING_RESPONSES = new SearchFilter.ContainsSubstring(ItemSchema.ItemClass,
            "IPM.Schedule.Meeting.Resp", ContainmentMode.Prefixed, ComparisonMode.IgnoreCase);
    private static final PropertySet RESPONSE_PROPERTIES = new PropertySet(BasePropertySet.IdOnly,
            ItemSchema.ItemClass, EmailMessageSchema.From, EmailMessageSchema.Sender,
            MeetingMessageSchema.ResponseType, MeetingMessageSchema.IsDelegated);

    private final EwsSandbox sandbox = EwsSandbox.builder().organizer(ORGANIZER).mailbox(TRAINER)
            .bearerTokens(BearerTokenValidator.appToken(TOKEN)).start();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aServerBusyCreateFailsTheSaveAndTheRetryStoresTheMeetingOnce() throws Exception {
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_FAULT, 1).onlyFor("CreateItem"));
        try (ExchangeService service = Clients.basicClient(sandbox)) {
            Appointment meeting = meeting(service, "Busy day", ANN);

            assertThatThrownBy(() -> meeting.save(SendInvitationsMode.SendToAllAndSaveCopy))
                    .isInstanceOf(ServiceRequestException.class)
                    .cause().isInstanceOfSatisfying(ServiceResponseException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorServerBusy));
            assertThat(sandbox.mailbox(ORGANIZER).items("calendar")).isEmpty();

            meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);
        }

        assertThat(sandbox.mailbox(ORGANIZER).items("calendar")).singleElement()
                .satisfies(item -> assertThat(item.subject()).isEqualTo("Busy day"));
        assertThat(sandbox.received(ANN)).hasSize(1);
        assertThat(sandbox.counters().snapshot().requests("CreateItem")).isEqualTo(2);
    }

    @Test
    void aBearerTokenImpersonatingTheTrainerCreatesTheMeetingInTheTrainersMailbox() throws Exception {
        try (ExchangeService service = Clients.bearerClient(sandbox, TOKEN, TRAINER)) {
            meeting(service, "Trainer's session", ANN).save(SendInvitationsMode.SendToAllAndSaveCopy);
        }

        assertThat(sandbox.mailbox(TRAINER).items("calendar")).singleElement()
                .satisfies(item -> assertThat(item.organizer()).isEqualTo(TRAINER));
        assertThat(sandbox.mailbox(ORGANIZER).items("calendar")).isEmpty();
        assertThat(sandbox.received(ANN)).singleElement()
                .satisfies(request -> assertThat(request.from()).isEqualTo(TRAINER));
    }

    @Test
    void aGetItemAnswerTravelsGzippedAndTheClientReadsIt() throws Exception {
        String uid = inviteThroughTheClient("Gzip check", ANN);
        String responseId = sandbox.learner(ANN).accept(uid);

        try (WiretappedClient service = WiretappedClient.of(sandbox)) {
            Item item = service.bindToItems(List.of(new ItemId(responseId)), RESPONSE_PROPERTIES)
                    .getResponseAtIndex(0).getItem();

            assertThat(item).isInstanceOf(MeetingResponse.class);
            assertThat(((MeetingResponse) item).getResponseType()).isEqualTo(MeetingResponseType.Accept);
            assertThat(service.received())
                    .containsIgnoringCase("Content-Encoding: gzip")
                    .doesNotContain("GetItemResponse"); // the body was compressed on the wire
        }
    }

    @Test
    void injectedMailAndLearnersAnswersReadBackThroughTheClient() throws Exception {
        String uid = inviteThroughTheClient("Induction", ANN, BEN);
        sandbox.inject().mail("news@example.org", "Newsletter", "not an answer");
        sandbox.inject().outOfOffice(BEN, null, "away");
        sandbox.inject().nonDelivery("gone@example.com", "Induction", null);
        String annAccepts = sandbox.learner(ANN).accept(uid);
        String benDeclinesByDelegate = sandbox.respond(
                LearnerAnswer.builder(BEN, uid, Answer.DECLINE).delegate("assistant@example.com").build());

        try (ExchangeService service = Clients.basicClient(sandbox)) {
            List<Item> found = service.findItems(WellKnownFolderName.Inbox, MEETING_RESPONSES, new ItemView(50))
                    .getItems();
            assertThat(found).extracting(item -> item.getId().getUniqueId())
                    .containsExactlyInAnyOrder(annAccepts, benDeclinesByDelegate);

            MeetingResponse ann = meetingResponse(service, annAccepts);
            assertThat(ann.getFrom().getAddress()).isEqualTo(ANN);
            assertThat(ann.getSender().getAddress()).isEqualTo(ANN);
            assertThat(ann.getIsDelegated()).isFalse();
            assertThat(ann.getResponseType()).isEqualTo(MeetingResponseType.Accept);

            MeetingResponse ben = meetingResponse(service, benDeclinesByDelegate);
            assertThat(ben.getFrom().getAddress()).isEqualTo(BEN);
            assertThat(ben.getSender().getAddress()).isEqualTo("assistant@example.com");
            assertThat(ben.getIsDelegated()).isTrue();
            assertThat(ben.getResponseType()).isEqualTo(MeetingResponseType.Decline);
        }
        assertThat(sandbox.mailbox(ORGANIZER).items("inbox")).hasSize(5);
    }

    @Test
    void aCallTakesMillisecondsNotADelayedAckPause() throws Exception {
        try (ExchangeService service = Clients.basicClient(sandbox)) {
            Clients.bindInboxOutcome(service); // the first call pays for the 401 challenge and class loading
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                Clients.bindInboxOutcome(service);
            }
            long averageMillis = (System.nanoTime() - start) / 20 / 1_000_000;

            // without TCP_NODELAY every answer waited for the client's delayed ACK: 40 ms or more each
            assertThat(averageMillis).isLessThan(30);
        }
    }

    /** Creates a meeting with the real client as the organizer and returns its uid, as learners answer by it. */
    private String inviteThroughTheClient(String subject, String... attendees) throws Exception {
        try (ExchangeService service = Clients.basicClient(sandbox)) {
            meeting(service, subject, attendees).save(SendInvitationsMode.SendToAllAndSaveCopy);
        }
        for (String attendee : attendees) {
            assertThat(sandbox.received(attendee)).extracting(item -> item.kind()).contains(ItemKind.MEETING_REQUEST);
        }
        return sandbox.meeting(subject).uid();
    }

    private static MeetingResponse meetingResponse(ExchangeService service, String id) throws Exception {
        Item item = service.bindToItems(List.of(new ItemId(id)), RESPONSE_PROPERTIES).getResponseAtIndex(0).getItem();
        assertThat(item).isInstanceOf(MeetingResponse.class);
        return (MeetingResponse) item;
    }

    private static Appointment meeting(ExchangeService service, String subject, String... attendees) throws Exception {
        Appointment meeting = new Appointment(service);
        meeting.setSubject(subject);
        meeting.setStart(Date.from(Instant.parse("2030-06-03T09:00:00Z")));
        meeting.setEnd(Date.from(Instant.parse("2030-06-03T10:00:00Z")));
        meeting.setLocation("Room 1");
        for (String attendee : attendees) {
            meeting.getRequiredAttendees().add(attendee);
        }
        return meeting;
    }
}
