package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lmsexchange.sandbox.MailFixtures.ORGANIZER;

import java.util.ArrayList;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.MeetingResponseType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.MeetingResponse;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.core.service.schema.EmailMessageSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.core.service.schema.MeetingMessageSchema;
import microsoft.exchange.webservices.data.property.complex.Attendee;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.search.ItemView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.ResponseType;

class GetItemTest {

    /** What the connector asks of a meeting response (get-meeting-response.http), plus the event tag. */
    private static final PropertySet RESPONSE_PROPERTIES = new PropertySet(BasePropertySet.IdOnly,
            ItemSchema.ItemClass, ItemSchema.Subject, EmailMessageSchema.From, EmailMessageSchema.Sender,
            MeetingMessageSchema.ResponseType, MeetingMessageSchema.AssociatedAppointmentId, AppointmentSchema.ICalUid,
            MeetingMessageSchema.IsDelegated, MeetingMessageSchema.IsOutOfDate, ItemSchema.DateTimeSent,
            MailFixtures.EVENT_ID);

    private static final EmailAddress ORGANIZER_MAILBOX = EmailAddress.of(ORGANIZER);

    private EwsSandbox sandbox;
    private ExchangeService service;

    @BeforeEach
    void start() {
        sandbox = EwsSandbox.builder().clock(MailFixtures.steppingClock()).start();
        service = MailFixtures.client(sandbox);
    }

    @AfterEach
    void stop() {
        service.close();
        sandbox.close();
    }

    @Test
    void aMeetingResponseComesBackAsMeetingResponseWithEverythingTheConnectorReads() throws Exception {
        MailItem[] stored = sandbox.store().inTransaction(s -> {
            MailItem meeting = MailFixtures.calendarItem(s, "Safety training", "ann@example.com");
            MailItem response = MailFixtures.meetingResponse(s, meeting, "ann@example.com", ResponseType.Tentative);
            response.sender = EmailAddress.of("assistant@example.com");
            response.delegated = true;
            MailFixtures.tagWithEvent(response, "EVT-42");
            return new MailItem[] {meeting, response};
        });

        List<GetItemResponse> answers = list(service.bindToItems(List.of(new ItemId(stored[1].id)), RESPONSE_PROPERTIES));

        assertThat(answers).hasSize(1);
        MeetingResponse response = (MeetingResponse) answers.get(0).getItem();
        assertThat(response.getItemClass()).isEqualTo("IPM.Schedule.Meeting.Resp.Tent");
        assertThat(response.getFrom().getAddress()).isEqualTo("ann@example.com");
        assertThat(response.getSender().getAddress()).isEqualTo("assistant@example.com");
        assertThat(response.getResponseType()).isEqualTo(MeetingResponseType.Tentative);
        assertThat(response.getICalUid()).isEqualTo(stored[0].uid);
        assertThat(response.getIsDelegated()).isTrue();
        assertThat(response.getIsOutOfDate()).isFalse();
        assertThat(response.getDateTimeSent().toInstant()).isEqualTo(stored[1].dateTimeSent);
        assertThat(response.getAssociatedAppointmentId().getUniqueId()).isEqualTo(stored[0].id);
        assertThat(response.getExtendedProperties().getItems()).singleElement()
                .satisfies(p -> assertThat(p.getValue()).isEqualTo("EVT-42"));
    }

    @Test
    void loadingFoundItemsFillsInTheirProperties() throws Exception {
        sandbox.store().inTransaction(s -> {
            MailItem meeting = MailFixtures.calendarItem(s, "Fire drill", "bob@example.com");
            MailFixtures.meetingResponse(s, meeting, "bob@example.com", ResponseType.Decline);
        });
        List<Item> found = service.findItems(WellKnownFolderName.Inbox,
                new ItemView(10)).getItems();

        service.loadPropertiesForItems(found, RESPONSE_PROPERTIES);

        assertThat(found).singleElement().isInstanceOfSatisfying(MeetingResponse.class, response -> {
            try {
                assertThat(response.getResponseType()).isEqualTo(MeetingResponseType.Decline);
                assertThat(response.getFrom().getAddress()).isEqualTo("bob@example.com");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theOrganizersCalendarItemShowsEachAttendeesLatestAnswer() throws Exception {
        MailItem meeting = sandbox.store().inTransaction(s -> {
            MailItem m = MailFixtures.calendarItem(s, "First aid", "ann@example.com", "bob@example.com");
            MailFixtures.meetingResponse(s, m, "ann@example.com", ResponseType.Accept);
            return m;
        });

        Appointment appointment = (Appointment) list(service.bindToItems(List.of(new ItemId(meeting.id)),
                new PropertySet(BasePropertySet.IdOnly, AppointmentSchema.RequiredAttendees))).get(0).getItem();

        List<Attendee> attendees = appointment.getRequiredAttendees().getItems();
        assertThat(attendees).extracting(Attendee::getAddress).containsExactly("ann@example.com", "bob@example.com");
        assertThat(attendees.get(0).getResponseType()).isEqualTo(MeetingResponseType.Accept);
        assertThat(attendees.get(0).getLastResponseTime()).isNotNull();
        assertThat(attendees.get(1).getResponseType()).isEqualTo(MeetingResponseType.NoResponseReceived);
        assertThat(attendees.get(1).getLastResponseTime()).isNull();
    }

    @Test
    void anUnknownIdInABatchFailsOnlyThatItem() throws Exception {
        MailItem message = MailFixtures.inStore(sandbox, s -> MailFixtures.message(s, "hello"));

        List<GetItemResponse> answers = list(service.bindToItems(
                List.of(new ItemId(message.id), new ItemId("AAMkdW5rbm93bg"), new ItemId(message.id)),
                PropertySet.FirstClassProperties));

        assertThat(answers).extracting(GetItemResponse::getResult)
                .containsExactly(ServiceResult.Success, ServiceResult.Error, ServiceResult.Success);
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.ErrorItemNotFound);
        assertThat(answers.get(0).getItem().getSubject()).isEqualTo("hello");
    }

    @Test
    void itemsOfAnotherMailboxAreNotFound() throws Exception {
        MailItem foreign = sandbox.store().inTransaction(s -> {
            MailItem m = MailFixtures.message(s, "not yours");
            s.mailbox(ORGANIZER_MAILBOX).inbox().remove(m.id);
            s.deliver(EmailAddress.of("other@example.com"), m);
            return m;
        });

        List<GetItemResponse> answers = list(service.bindToItems(List.of(new ItemId(foreign.id)), PropertySet.IdOnly));

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorItemNotFound);
    }

    @Test
    void aMovedItemHasANewIdInItsNewFolder() throws Exception {
        MailItem message = MailFixtures.inStore(sandbox, s -> MailFixtures.message(s, "to archive"));

        Item moved = Item.bind(service, new ItemId(message.id)).move(new FolderId(WellKnownFolderName.DeletedItems));

        assertThat(moved.getId().getUniqueId()).isNotEqualTo(message.id);
        Item reread = Item.bind(service, moved.getId());
        assertThat(reread.getSubject()).isEqualTo("to archive");
        assertThat(reread.getParentFolderId().getUniqueId())
                .isEqualTo(MailFixtures.inStore(sandbox, s -> s.mailbox(ORGANIZER_MAILBOX).deletedItems().id()));
        assertThat(list(service.bindToItems(List.of(new ItemId(message.id)), PropertySet.IdOnly)).get(0).getErrorCode())
                .isEqualTo(ServiceError.ErrorItemNotFound);
    }

    private static <T extends ServiceResponse> List<T> list(ServiceResponseCollection<T> responses) {
        List<T> all = new ArrayList<>();
        responses.forEach(all::add);
        return all;
    }
}
