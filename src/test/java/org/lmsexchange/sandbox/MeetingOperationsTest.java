package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.complex.time.OlsonTimeZoneDefinition;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.Mailbox;
import org.lmsexchange.sandbox.store.MailboxStore;
import org.lmsexchange.sandbox.store.ResponseType;

/** The organizer's meeting writes (CreateItem, UpdateItem, DeleteItem) driven by the real ews-java-api client. */
class MeetingOperationsTest {

    private static final String ORGANIZER = "svc@example.com";
    private static final String ANNA = "anna@example.com";
    private static final String BEN = "ben@example.com";
    private static final String CARL = "carl@example.com";
    private static final UUID LMS_PROPERTIES = UUID.fromString("c11ff724-aa03-4555-9952-8fa248a11c3e");
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private EwsSandbox sandbox;
    private ExchangeService service;

    @BeforeEach
    void start() throws Exception {
        sandbox = EwsSandbox.builder().start();
        service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(sandbox.ewsUrl());
        service.setCredentials(new WebCredentials(ORGANIZER, "sandbox"));
    }

    @AfterEach
    void stop() {
        service.close();
        sandbox.close();
    }

    @Test
    void createdMeetingIsStoredWithEveryPropertyAndInvitesEachAttendeeOnce() throws Exception {
        Appointment meeting = meeting("Safety 101", ANNA, BEN);

        meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);

        MailItem stored = calendarItem(meeting);
        assertThat(stored.kind).isEqualTo(ItemKind.CALENDAR_ITEM);
        assertThat(stored.itemClass).isEqualTo("IPM.Appointment");
        assertThat(stored.subject).isEqualTo("Safety 101");
        assertThat(stored.body).isEqualTo("Bring your ID");
        assertThat(stored.bodyType).isEqualTo("Text");
        assertThat(stored.start).isEqualTo(START);
        assertThat(stored.end).isEqualTo(START.plusSeconds(3600));
        assertThat(stored.location).isEqualTo("Room 1");
        assertThat(stored.startTimeZone.id()).isEqualTo("W. Europe Standard Time");
        assertThat(stored.endTimeZone.id()).isEqualTo("W. Europe Standard Time");
        assertThat(stored.organizer.address()).isEqualTo(ORGANIZER);
        assertThat(stored.uid).isNotBlank();
        assertThat(stored.allAttendees()).extracting(a -> a.mailbox().address()).containsExactly(ANNA, BEN);
        assertThat(stored.extendedProperties).singleElement().satisfies(p -> {
            assertThat(p.key().propertyName()).isEqualTo("LmsEventId");
            assertThat(p.key().propertySetId()).isEqualToIgnoringCase(LMS_PROPERTIES.toString());
            assertThat(p.value()).isEqualTo("42");
        });
        for (String attendee : List.of(ANNA, BEN)) {
            assertThat(inbox(attendee)).singleElement().satisfies(request -> {
                assertThat(request.kind).isEqualTo(ItemKind.MEETING_REQUEST);
                assertThat(request.itemClass).isEqualTo("IPM.Schedule.Meeting.Request");
                assertThat(request.meetingRequestType).isEqualTo("NewMeetingRequest");
                assertThat(request.uid).isEqualTo(stored.uid);
                assertThat(request.from.address()).isEqualTo(ORGANIZER);
                assertThat(request.start).isEqualTo(START);
                assertThat(request.location).isEqualTo("Room 1");
            });
        }
        assertThat(folder(ORGANIZER, Mailbox::sentItems)).hasSize(1);
    }

    @Test
    void sendToNoneInvitesNobody() throws Exception {
        Appointment meeting = meeting("Quiet", ANNA);

        meeting.save(SendInvitationsMode.SendToNone);

        assertThat(calendarItem(meeting).subject).isEqualTo("Quiet");
        assertThat(inbox(ANNA)).isEmpty();
        assertThat(folder(ORGANIZER, Mailbox::sentItems)).isEmpty();
    }

    @Test
    void endBeforeStartIsRefusedAndNamesTheProblem() throws Exception {
        Appointment meeting = meeting("Backwards", ANNA);
        meeting.setEnd(Date.from(START.minusSeconds(60)));

        assertThatThrownBy(() -> meeting.save(SendInvitationsMode.SendToAllAndSaveCopy))
                .isInstanceOfSatisfying(ServiceResponseException.class, e -> assertThat(e.getErrorCode())
                        .isEqualTo(ServiceError.ErrorCalendarEndDateIsEarlierThanStartDate))
                .hasMessageContaining("EndDate is earlier than StartDate");
        assertThat(folder(ORGANIZER, Mailbox::calendar)).isEmpty();
        assertThat(inbox(ANNA)).isEmpty();
    }

    @Test
    void batchCreateAnswersEachMeetingOnItsOwn() throws Exception {
        Appointment good = meeting("Good", ANNA);
        Appointment badAddress = meeting("Bad", "not-an-address");

        List<ServiceResponse> responses = responses(service.createItems(List.<Item>of(good, badAddress),
                new FolderId(WellKnownFolderName.Calendar), null, SendInvitationsMode.SendOnlyToAll));

        assertThat(responses).extracting(ServiceResponse::getResult).containsExactly(ServiceResult.Success, ServiceResult.Error);
        assertThat(responses.get(1).getErrorCode()).isEqualTo(ServiceError.ErrorInvalidRecipients);
        assertThat(responses.get(1).getErrorMessage()).contains("not-an-address");
        assertThat(folder(ORGANIZER, Mailbox::calendar)).extracting(i -> i.subject).containsExactly("Good");
        assertThat(inbox(ANNA)).hasSize(1);
        assertThat(folder(ORGANIZER, Mailbox::sentItems)).isEmpty();
    }

    @Test
    void locationChangeSentToAllGivesEveryAttendeeAnInformationalUpdate() throws Exception {
        Appointment meeting = meeting("Safety 101", ANNA, BEN);
        meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);
        String firstChangeKey = meeting.getId().getChangeKey();

        meeting.setLocation("Room 2");
        meeting.update(ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToAllAndSaveCopy);

        assertThat(meeting.getId().getChangeKey()).isNotEqualTo(firstChangeKey);
        assertThat(calendarItem(meeting).location).isEqualTo("Room 2");
        for (String attendee : List.of(ANNA, BEN)) {
            assertThat(inbox(attendee)).extracting(m -> m.meetingRequestType + " " + m.location)
                    .containsExactly("NewMeetingRequest Room 1", "InformationalUpdate Room 2");
        }
    }

    @Test
    void timeChangeIsAFullUpdate() throws Exception {
        Appointment meeting = meeting("Safety 101", ANNA);
        meeting.save(SendInvitationsMode.SendToNone);

        meeting.setStart(Date.from(START.plusSeconds(1800)));
        meeting.setEnd(Date.from(START.plusSeconds(5400)));
        meeting.update(ConflictResolutionMode.AutoResolve, SendInvitationsOrCancellationsMode.SendOnlyToAll);

        assertThat(inbox(ANNA)).singleElement().satisfies(update -> {
            assertThat(update.meetingRequestType).isEqualTo("FullUpdate");
            assertThat(update.start).isEqualTo(START.plusSeconds(1800));
        });
    }

    @Test
    void attendeeChangeSentToChangedMailsOnlyTheAddedAndTheRemoved() throws Exception {
        Appointment meeting = meeting("Safety 101", ANNA, BEN);
        meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);

        meeting.getRequiredAttendees().removeAt(1);
        meeting.getRequiredAttendees().add(CARL);
        meeting.update(ConflictResolutionMode.AlwaysOverwrite,
                SendInvitationsOrCancellationsMode.SendToChangedAndSaveCopy);

        assertThat(calendarItem(meeting).allAttendees()).extracting(a -> a.mailbox().address())
                .containsExactly(ANNA, CARL);
        assertThat(inbox(ANNA)).hasSize(1);
        assertThat(inbox(CARL)).singleElement().satisfies(request -> {
            assertThat(request.kind).isEqualTo(ItemKind.MEETING_REQUEST);
            assertThat(request.meetingRequestType).isEqualTo("NewMeetingRequest");
        });
        assertThat(inbox(BEN)).extracting(m -> m.kind)
                .containsExactly(ItemKind.MEETING_REQUEST, ItemKind.MEETING_CANCELLATION);
    }

    @Test
    void settingTheAttendeeListKeepsTheAnswersOfThoseWhoStay() throws Exception {
        Appointment meeting = meeting("Safety 101", ANNA, BEN);
        meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);
        sandbox.learner(ANNA).accept(calendarItem(meeting).uid);
        meeting.load();

        meeting.getRequiredAttendees().removeAt(1);
        meeting.getRequiredAttendees().add(CARL);
        meeting.update(ConflictResolutionMode.NeverOverwrite,
                SendInvitationsOrCancellationsMode.SendToChangedAndSaveCopy);

        assertThat(calendarItem(meeting).allAttendees()).extracting(a -> a.mailbox().address() + " " + a.responseType())
                .containsExactly(ANNA + " Accept", CARL + " NoResponseReceived");
    }

    @Test
    void aNewTimeClearsEveryRecordedAnswerANewPlaceOrTitleDoesNot() throws Exception {
        Appointment moved = meeting("Moved", ANNA);
        moved.save(SendInvitationsMode.SendToAllAndSaveCopy);
        Appointment relocated = meeting("Relocated", ANNA);
        relocated.save(SendInvitationsMode.SendToAllAndSaveCopy);
        Appointment renamed = meeting("Renamed", ANNA);
        renamed.save(SendInvitationsMode.SendToAllAndSaveCopy);
        for (Appointment meeting : List.of(moved, relocated, renamed)) {
            sandbox.learner(ANNA).accept(calendarItem(meeting).uid);
        }

        moved.setStart(Date.from(START.plusSeconds(1800)));
        moved.update(ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToAllAndSaveCopy);
        relocated.setLocation("Room 2");
        relocated.update(ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToAllAndSaveCopy);
        renamed.setSubject("Renamed again");
        renamed.update(ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToAllAndSaveCopy);

        assertThat(calendarItem(moved).allAttendees().get(0).responseType()).isEqualTo(ResponseType.NoResponseReceived);
        assertThat(calendarItem(moved).allAttendees().get(0).lastResponseTime()).isNull();
        assertThat(calendarItem(relocated).allAttendees().get(0).responseType()).isEqualTo(ResponseType.Accept);
        assertThat(calendarItem(renamed).allAttendees().get(0).responseType()).isEqualTo(ResponseType.Accept);
    }

    @Test
    void staleChangeKeyWithNeverOverwriteIsAnIrresolvableConflictAndChangesNothing() throws Exception {
        Appointment meeting = meeting("Safety 101", ANNA);
        meeting.save(SendInvitationsMode.SendToNone);
        String staleKey = meeting.getId().getChangeKey();
        meeting.setLocation("Room 2");
        meeting.update(ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToNone);

        meeting.getId().setChangeKey(staleKey);
        meeting.setLocation("Room 3");

        assertThatThrownBy(() -> meeting.update(ConflictResolutionMode.NeverOverwrite,
                SendInvitationsOrCancellationsMode.SendToAllAndSaveCopy))
                .isInstanceOfSatisfying(ServiceResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorIrresolvableConflict));
        assertThat(calendarItem(meeting).location).isEqualTo("Room 2");
        assertThat(inbox(ANNA)).isEmpty();
    }

    @Test
    void extendedPropertyCanBeRemovedByAnUpdate() throws Exception {
        Appointment meeting = meeting("Safety 101", ANNA);
        meeting.save(SendInvitationsMode.SendToNone);

        meeting.removeExtendedProperty(lmsEventId());
        meeting.update(ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToNone);

        assertThat(calendarItem(meeting).extendedProperties).isEmpty();
    }

    @Test
    void cancelMeetingTellsEveryAttendeeAndMovesTheMeetingToDeletedItems() throws Exception {
        Appointment meeting = meeting("Safety 101", ANNA, BEN);
        meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);
        String uid = calendarItem(meeting).uid;

        meeting.cancelMeeting("Trainer is ill");

        for (String attendee : List.of(ANNA, BEN)) {
            assertThat(inbox(attendee)).last().satisfies(cancellation -> {
                assertThat(cancellation.kind).isEqualTo(ItemKind.MEETING_CANCELLATION);
                assertThat(cancellation.itemClass).isEqualTo("IPM.Schedule.Meeting.Canceled");
                assertThat(cancellation.uid).isEqualTo(uid);
                assertThat(cancellation.subject).isEqualTo("Canceled: Safety 101");
                assertThat(cancellation.body).isEqualTo("Trainer is ill");
            });
        }
        assertThat(folder(ORGANIZER, Mailbox::calendar)).isEmpty();
        assertThat(folder(ORGANIZER, Mailbox::deletedItems)).singleElement()
                .satisfies(deleted -> assertThat(deleted.cancelled).isTrue());
    }

    @Test
    void deletingAMeetingToDeletedItemsSendsCancellations() throws Exception {
        Appointment meeting = meeting("Safety 101", ANNA);
        meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);

        meeting.delete(DeleteMode.MoveToDeletedItems, SendCancellationsMode.SendToAllAndSaveCopy);

        assertThat(inbox(ANNA)).extracting(m -> m.kind)
                .containsExactly(ItemKind.MEETING_REQUEST, ItemKind.MEETING_CANCELLATION);
        assertThat(folder(ORGANIZER, Mailbox::calendar)).isEmpty();
        assertThat(folder(ORGANIZER, Mailbox::deletedItems)).hasSize(1);

        service.deleteItems(List.of(meeting.getId()), DeleteMode.MoveToDeletedItems,
                SendCancellationsMode.SendToNone, null);

        assertThat(folder(ORGANIZER, Mailbox::deletedItems)).isEmpty();
        assertThat(inbox(ANNA)).hasSize(2);
    }

    @Test
    void batchDeleteAnswersPerItemAndCannotReachOtherMailboxes() throws Exception {
        Appointment first = meeting("First", ANNA);
        first.save(SendInvitationsMode.SendToNone);
        Appointment second = meeting("Second", ANNA);
        second.save(SendInvitationsMode.SendOnlyToAll);
        String annasRequest = inbox(ANNA).get(0).id;

        List<ServiceResponse> responses = responses(service.deleteItems(
                List.of(first.getId(), new ItemId("AAMkunknown"), new ItemId(annasRequest), second.getId()),
                DeleteMode.HardDelete, SendCancellationsMode.SendToNone, null));

        assertThat(responses).extracting(ServiceResponse::getResult).containsExactly(
                ServiceResult.Success, ServiceResult.Error, ServiceResult.Error, ServiceResult.Success);
        assertThat(responses.get(1).getErrorCode()).isEqualTo(ServiceError.ErrorItemNotFound);
        assertThat(responses.get(2).getErrorCode()).isEqualTo(ServiceError.ErrorItemNotFound);
        assertThat(folder(ORGANIZER, Mailbox::calendar)).isEmpty();
        assertThat(inbox(ANNA)).hasSize(1);
    }

    @Test
    void appendToItemFieldAddsAnAttendeeAndInvitesOnlyThem() throws Exception {
        Appointment meeting = meeting("Safety 101", ANNA);
        meeting.save(SendInvitationsMode.SendToNone);
        String changeKey = meeting.getId().getChangeKey();

        String answer = post("<m:UpdateItem ConflictResolution=\"NeverOverwrite\""
                + " SendMeetingInvitationsOrCancellations=\"SendOnlyToChanged\"><m:ItemChanges><t:ItemChange>"
                + "<t:ItemId Id=\"" + meeting.getId().getUniqueId() + "\" ChangeKey=\"" + changeKey + "\"/>"
                + "<t:Updates><t:AppendToItemField><t:FieldURI FieldURI=\"calendar:RequiredAttendees\"/>"
                + "<t:CalendarItem><t:RequiredAttendees><t:Attendee><t:Mailbox><t:EmailAddress>" + CARL
                + "</t:EmailAddress></t:Mailbox></t:Attendee></t:RequiredAttendees></t:CalendarItem>"
                + "</t:AppendToItemField></t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>");

        assertThat(answer).contains("ResponseClass=\"Success\"", "<m:ConflictResults><t:Count>0</t:Count>");
        assertThat(calendarItem(meeting).allAttendees()).extracting(a -> a.mailbox().address())
                .containsExactly(ANNA, CARL);
        assertThat(inbox(CARL)).hasSize(1);
        assertThat(inbox(ANNA)).isEmpty();
    }

    @Test
    void missingInvitationModeIsTheErrorExchangeGives() throws Exception {
        String answer = post("<m:CreateItem><m:Items><t:CalendarItem><t:Subject>x</t:Subject>"
                + "<t:Start>2026-01-01T10:00:00Z</t:Start><t:End>2026-01-01T11:00:00Z</t:End>"
                + "</t:CalendarItem></m:Items></m:CreateItem>");

        assertThat(answer).contains("<m:ResponseCode>ErrorSendMeetingInvitationsRequired</m:ResponseCode>");
        assertThat(folder(ORGANIZER, Mailbox::calendar)).isEmpty();
    }

    // --- helpers

    private Appointment meeting(String subject, String... attendees) throws Exception {
        Appointment meeting = new Appointment(service);
        meeting.setSubject(subject);
        meeting.setBody(new MessageBody(BodyType.Text, "Bring your ID"));
        meeting.setStart(Date.from(START));
        meeting.setEnd(Date.from(START.plusSeconds(3600)));
        meeting.setStartTimeZone(new OlsonTimeZoneDefinition(TimeZone.getTimeZone("Europe/Berlin")));
        meeting.setEndTimeZone(new OlsonTimeZoneDefinition(TimeZone.getTimeZone("Europe/Berlin")));
        meeting.setLocation("Room 1");
        for (String attendee : attendees) {
            meeting.getRequiredAttendees().add(attendee);
        }
        meeting.setExtendedProperty(lmsEventId(), "42");
        return meeting;
    }

    private static ExtendedPropertyDefinition lmsEventId() throws Exception {
        return new ExtendedPropertyDefinition(LMS_PROPERTIES, "LmsEventId", MapiPropertyType.String);
    }

    private MailItem calendarItem(Appointment meeting) throws Exception {
        String id = meeting.getId().getUniqueId();
        return folder(ORGANIZER, Mailbox::calendar).stream().filter(i -> i.id.equals(id)).findFirst().orElseThrow();
    }

    private List<MailItem> inbox(String address) {
        return folder(address, Mailbox::inbox);
    }

    private List<MailItem> folder(String address, Function<Mailbox, org.lmsexchange.sandbox.store.Folder> which) {
        Function<MailboxStore, List<MailItem>> snapshot = s -> s.existingMailbox(address)
                .map(m -> which.apply(m).items().stream().map(MailItem::copy).toList())
                .orElse(List.of());
        return sandbox.store().inTransaction(snapshot);
    }

    private static List<ServiceResponse> responses(ServiceResponseCollection<ServiceResponse> collection) {
        List<ServiceResponse> list = new java.util.ArrayList<>();
        collection.forEach(list::add);
        return list;
    }

    /** Sends a request the client's API cannot express, the way the client would (SOAP 1.1, Basic auth). */
    private String post(String operation) throws Exception {
        String envelope = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope"
                + " xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
                + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><soap:Header>"
                + "<t:RequestServerVersion Version=\"Exchange2010_SP2\"/></soap:Header><soap:Body>"
                + operation + "</soap:Body></soap:Envelope>";
        String credentials = Base64.getEncoder().encodeToString((ORGANIZER + ":sandbox").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.ewsUrl().toString()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
