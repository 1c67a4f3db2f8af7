package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.MeetingResponseType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.enumeration.service.error.ServiceErrorHandling;
import microsoft.exchange.webservices.data.core.request.ClientResponseReader;
import microsoft.exchange.webservices.data.core.request.CreateItemRequest;
import microsoft.exchange.webservices.data.core.request.CreateResponseObjectRequest;
import microsoft.exchange.webservices.data.core.request.DeleteItemRequest;
import microsoft.exchange.webservices.data.core.request.FindItemRequest;
import microsoft.exchange.webservices.data.core.request.GetItemRequest;
import microsoft.exchange.webservices.data.core.request.MultiResponseServiceRequest;
import microsoft.exchange.webservices.data.core.request.SyncFolderItemsRequest;
import microsoft.exchange.webservices.data.core.request.UpdateItemRequest;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.ServiceObject;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.MeetingResponse;
import microsoft.exchange.webservices.data.core.service.response.CancelMeetingMessage;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.core.service.schema.EmailMessageSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.core.service.schema.MeetingMessageSchema;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.search.ItemView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.http.BearerTokenValidator;
import org.lmsexchange.sandbox.store.Attendee;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.ResponseType;

/**
 * Replays, byte for byte, the requests the real ews-java-api 2.0 client sent (src/test/resources/ews-requests)
 * against a sandbox holding the items they name: the calendar item CAL1 with two learners and the meeting
 * response RESP1 in the inbox.
 * <p>
 * Each test checks the wire answer (HTTP 200, SOAP Header with ServerVersionInfo, {@code m:<Op>Response} with
 * its ResponseClass and ResponseCode), the effect in the mailboxes, and then hands the answer to the client's
 * own parser: {@link ClientResponseReader} runs the protected {@code readResponse} of the client's request class
 * for that operation, the code its {@code execute()} runs on a real answer. The request objects are built as
 * the client's public API builds them for these requests (e.g. {@code Appointment.save} makes a
 * {@link CreateItemRequest} of one appointment), so what they parse is what a caller would get back.
 */
class ReplayTest {

    private static final String TOKEN = "TESTTOKEN";
    private static final String ORGANIZER = "svc@example.com";
    private static final String LEARNER_1 = "learner1@example.com";
    private static final String LEARNER_2 = "learner2@example.com";

    private EwsSandbox sandbox;
    /** The client whose parser reads the answers; it also binds CAL1 where a request needs the appointment. */
    private ExchangeService client;

    @BeforeEach
    void start() {
        sandbox = EwsSandbox.builder().organizer(ORGANIZER).bearerTokens(BearerTokenValidator.appToken(TOKEN)).start();
        client = Clients.bearerClient(sandbox, TOKEN, ORGANIZER);
        seedOrganizerMailbox();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void everyRecordedRequestIsReplayedHere() throws Exception {
        try (Stream<Path> files = Files.list(RecordedRequest.DIRECTORY)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "create-meeting.http", "update-location.http", "cancel-meeting.http",
                    "delete-calendar-item-with-cancellations.http", "delete-processed-response.http",
                    "find-inbox-all.http", "find-inbox-meeting-responses.http", "get-meeting-response.http",
                    "sync-inbox.http");
        }
    }

    @Test
    void createMeeting() throws Exception {
        ReplayedAnswer answer = replay("create-meeting.http");

        answer.singleResponseMessage("CreateItem", "Success", "NoError");
        MailItem created = onlyCalendarItemExcept("CAL1");
        assertThat(created.subject).isEqualTo("Training: Safety 101");
        for (String learner : List.of(LEARNER_1, LEARNER_2)) {
            assertThat(sandbox.received(learner)).singleElement().satisfies(request -> {
                assertThat(request.kind()).isEqualTo(ItemKind.MEETING_REQUEST);
                assertThat(request.meetingRequestType()).isEqualTo("NewMeetingRequest");
                assertThat(request.uid()).isEqualTo(created.uid);
            });
        }

        Appointment saved = new Appointment(client); // what Appointment.save() puts into its CreateItemRequest
        CreateItemRequest request = new CreateItemRequest(client, ServiceErrorHandling.ReturnErrors);
        request.setItems(List.of(saved));
        assertThat(parsedSingle(request, answer).getResult()).isEqualTo(ServiceResult.Success);
        assertThat(saved.getId().getUniqueId()).isEqualTo(created.id);
        assertThat(saved.getId().getChangeKey()).isEqualTo(created.changeKey());
        assertThat(client.getServerInfo().getMajorVersion()).isEqualTo(15);
    }

    @Test
    void updateLocation() throws Exception {
        Appointment cal1 = Appointment.bind(client, new ItemId("CAL1"));

        ReplayedAnswer answer = replay("update-location.http");

        answer.singleResponseMessage("UpdateItem", "Success", "NoError");
        assertThat(sandbox.mailbox(ORGANIZER).items("calendar")).singleElement()
                .satisfies(meeting -> assertThat(meeting.location()).isEqualTo("Room 2"));
        for (String learner : List.of(LEARNER_1, LEARNER_2)) {
            assertThat(sandbox.received(learner)).singleElement()
                    .satisfies(update -> assertThat(update.location()).isEqualTo("Room 2"));
        }

        UpdateItemRequest request = new UpdateItemRequest(client, ServiceErrorHandling.ReturnErrors);
        request.getItems().add(cal1);
        var response = parsedSingle(request, answer);
        assertThat(response.getResult()).isEqualTo(ServiceResult.Success);
        assertThat(response.getConflictCount()).isZero();
        assertThat(response.getReturnedItem()).isNull(); // the same item came back: only its ChangeKey moved on
        assertThat(cal1.getId().getChangeKey()).isEqualTo(storedItem("CAL1").changeKey());
    }

    @Test
    void cancelMeeting() throws Exception {
        Appointment cal1 = Appointment.bind(client, new ItemId("CAL1"));

        ReplayedAnswer answer = replay("cancel-meeting.http");

        answer.singleResponseMessage("CreateItem", "Success", "NoError");
        assertAttendeesGotOneCancellation();
        assertThat(sandbox.mailbox(ORGANIZER).items("calendar")).isEmpty();

        // appointment.cancelMeeting(body) sends its CancelMeetingMessage in a CreateResponseObjectRequest
        CreateResponseObjectRequest request = new CreateResponseObjectRequest(client, ServiceErrorHandling.ReturnErrors);
        request.setItems(List.<ServiceObject>of(new CancelMeetingMessage(cal1)));
        var response = parsedSingle(request, answer);
        assertThat(response.getResult()).isEqualTo(ServiceResult.Success);
        assertThat(response.getItems()).isEmpty();
    }

    @Test
    void deleteCalendarItemWithCancellations() throws Exception {
        ReplayedAnswer answer = replay("delete-calendar-item-with-cancellations.http");

        answer.singleResponseMessage("DeleteItem", "Success", "NoError");
        assertThat(sandbox.mailbox(ORGANIZER).items("calendar")).isEmpty();
        assertThat(sandbox.mailbox(ORGANIZER).items("deleteditems")).extracting(item -> item.id()).containsExactly("CAL1");
        assertAttendeesGotOneCancellation();

        assertThat(parsedDelete(answer, "CAL1").getResult()).isEqualTo(ServiceResult.Success);
    }

    @Test
    void deleteProcessedResponse() throws Exception {
        ReplayedAnswer answer = replay("delete-processed-response.http");

        answer.singleResponseMessage("DeleteItem", "Success", "NoError");
        assertThat(exists("RESP1")).as("hard deleted: in no folder").isFalse();

        assertThat(parsedDelete(answer, "RESP1").getResult()).isEqualTo(ServiceResult.Success);
    }

    @Test
    void findInboxAll() throws Exception {
        ReplayedAnswer answer = replay("find-inbox-all.http");

        answer.singleResponseMessage("FindItem", "Success", "NoError");

        List<Item> found = parsedFind(answer, new ItemView(10));
        assertThat(found).singleElement().isInstanceOf(MeetingResponse.class);
        assertThat(found.get(0).getId().getUniqueId()).isEqualTo("RESP1");
        assertThat(found.get(0).getSubject()).isEqualTo("Accepted: Safety 101");
    }

    @Test
    void findInboxMeetingResponses() throws Exception {
        sandbox.inject().mail("someone@example.org", "Newsletter", "not a meeting response");

        ReplayedAnswer answer = replay("find-inbox-meeting-responses.http");

        answer.singleResponseMessage("FindItem", "Success", "NoError");
        ItemView view = new ItemView(50);
        view.setPropertySet(new PropertySet(BasePropertySet.IdOnly, ItemSchema.ItemClass, ItemSchema.Subject));
        List<Item> found = parsedFind(answer, view);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getId().getUniqueId()).isEqualTo("RESP1");
        assertThat(found.get(0).getItemClass()).isEqualTo("IPM.Schedule.Meeting.Resp.Pos");
    }

    @Test
    void getMeetingResponse() throws Exception {
        ReplayedAnswer answer = replay("get-meeting-response.http");

        answer.singleResponseMessage("GetItem", "Success", "NoError");

        GetItemRequest request = new GetItemRequest(client, ServiceErrorHandling.ReturnErrors);
        request.getItemIds().addRange(List.of(new ItemId("RESP1")));
        request.setPropertySet(new PropertySet(BasePropertySet.IdOnly, ItemSchema.ItemClass, ItemSchema.Subject,
                EmailMessageSchema.From, EmailMessageSchema.Sender, MeetingMessageSchema.ResponseType,
                MeetingMessageSchema.AssociatedAppointmentId, AppointmentSchema.ICalUid,
                MeetingMessageSchema.IsDelegated, MeetingMessageSchema.IsOutOfDate));
        var response = parsedSingle(request, answer);
        assertThat(response.getResult()).isEqualTo(ServiceResult.Success);
        MeetingResponse meetingResponse = (MeetingResponse) response.getItem();
        assertThat(meetingResponse.getItemClass()).isEqualTo("IPM.Schedule.Meeting.Resp.Pos");
        assertThat(meetingResponse.getSubject()).isEqualTo("Accepted: Safety 101");
        assertThat(meetingResponse.getFrom().getAddress()).isEqualTo(LEARNER_1);
        assertThat(meetingResponse.getSender().getAddress()).isEqualTo(LEARNER_1);
        assertThat(meetingResponse.getResponseType()).isEqualTo(MeetingResponseType.Accept);
        assertThat(meetingResponse.getAssociatedAppointmentId().getUniqueId()).isEqualTo("CAL1");
        assertThat(meetingResponse.getICalUid()).isEqualTo(storedItem("CAL1").uid);
        assertThat(meetingResponse.getIsDelegated()).isFalse();
        assertThat(meetingResponse.getIsOutOfDate()).isFalse();
    }

    @Test
    void syncInboxWithAStateTheSandboxNeverIssued() throws Exception {
        ReplayedAnswer answer = replay("sync-inbox.http");

        answer.singleResponseMessage("SyncFolderItems", "Error", "ErrorInvalidSyncStateData");

        SyncFolderItemsRequest request = new SyncFolderItemsRequest(client);
        request.setSyncFolderId(new FolderId(WellKnownFolderName.Inbox));
        request.setPropertySet(PropertySet.FirstClassProperties);
        var response = parsedSingle(request, answer);
        assertThat(response.getResult()).isEqualTo(ServiceResult.Error);
        assertThat(response.getErrorCode()).isEqualTo(ServiceError.ErrorInvalidSyncStateData);
    }

    // ---- the sandbox's side ----

    private ReplayedAnswer replay(String file) throws InterruptedException {
        ReplayedAnswer answer = ReplayedAnswer.replay(sandbox, RecordedRequest.load(file));
        assertThat(answer.contentEncoding()).as("the recorded Accept-encoding asks for gzip").isEqualTo("gzip");
        return answer;
    }

    /** CAL1, organized by svc@ with both learners, and RESP1, learner 1's accept of it, in the inbox. */
    private void seedOrganizerMailbox() {
        sandbox.store().inTransaction(s -> {
            EmailAddress organizer = EmailAddress.of(ORGANIZER);
            MailItem meeting = new MailItem("CAL1", ItemKind.CALENDAR_ITEM);
            meeting.subject = "Safety 101";
            meeting.uid = s.ids().newUid();
            meeting.organizer = organizer;
            meeting.start = Instant.parse("2026-01-01T10:00:00Z");
            meeting.end = Instant.parse("2026-01-01T11:00:00Z");
            meeting.location = "Room 1";
            meeting.dateTimeCreated = s.now();
            meeting.requiredAttendees.add(new Attendee(EmailAddress.of(LEARNER_1)));
            meeting.requiredAttendees.add(new Attendee(EmailAddress.of(LEARNER_2)));
            s.mailbox(organizer).calendar().add(meeting);

            MailItem response = new MailItem("RESP1", ItemKind.MEETING_RESPONSE);
            response.subject = "Accepted: Safety 101";
            response.from = EmailAddress.of(LEARNER_1);
            response.sender = response.from;
            response.toRecipients.add(organizer);
            response.responseType = ResponseType.Accept;
            response.uid = meeting.uid;
            response.associatedCalendarItemId = meeting.id;
            response.dateTimeSent = s.now();
            s.deliver(organizer, response);
        });
    }

    private void assertAttendeesGotOneCancellation() {
        for (String learner : List.of(LEARNER_1, LEARNER_2)) {
            assertThat(sandbox.received(learner)).singleElement()
                    .satisfies(cancellation -> assertThat(cancellation.kind()).isEqualTo(ItemKind.MEETING_CANCELLATION));
        }
    }

    private boolean exists(String id) {
        Boolean found = MailFixtures.inStore(sandbox, s -> s.locate(id).isPresent());
        return found;
    }

    private MailItem storedItem(String id) {
        return MailFixtures.inStore(sandbox, s -> s.locate(id).orElseThrow().item().copy());
    }

    private MailItem onlyCalendarItemExcept(String seededId) {
        var created = sandbox.mailbox(ORGANIZER).items("calendar").stream()
                .filter(item -> !item.id().equals(seededId)).toList();
        assertThat(created).hasSize(1);
        return storedItem(created.get(0).id());
    }

    // ---- the client's side: its own parser on the replayed answers ----

    private static <R extends ServiceResponse> R parsedSingle(
            MultiResponseServiceRequest<R> request, ReplayedAnswer answer) throws Exception {
        ServiceResponseCollection<R> responses = ClientResponseReader.read(request, answer.body());
        assertThat(responses.getCount()).isEqualTo(1);
        return responses.getResponseAtIndex(0);
    }

    private ServiceResponse parsedDelete(ReplayedAnswer answer, String itemId) throws Exception {
        DeleteItemRequest request = new DeleteItemRequest(client, ServiceErrorHandling.ReturnErrors);
        request.getItemIds().addRange(List.of(new ItemId(itemId)));
        return parsedSingle(request, answer);
    }

    private List<Item> parsedFind(ReplayedAnswer answer, ItemView view) throws Exception {
        FindItemRequest<Item> request = new FindItemRequest<>(client, ServiceErrorHandling.ReturnErrors);
        request.getParentFolderIds().add(new FolderId(WellKnownFolderName.Inbox));
        request.setView(view);
        var response = parsedSingle(request, answer);
        assertThat(response.getResult()).isEqualTo(ServiceResult.Success);
        return response.getResults().getItems();
    }
}
