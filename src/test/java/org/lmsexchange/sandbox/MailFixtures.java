package org.lmsexchange.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import org.lmsexchange.sandbox.store.Attendee;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.ExtendedProperty;
import org.lmsexchange.sandbox.store.ExtendedPropertyKey;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.MailboxStore;
import org.lmsexchange.sandbox.store.ResponseType;

/** Builds mail in a sandbox's store the way the sandbox's own operations would, for reading tests. */
final class MailFixtures {

    static final String ORGANIZER = "svc@example.com";
    static final UUID EVENT_PROPERTY_SET = UUID.fromString("8c5b3d2a-5a3c-4a3e-9d55-0f1c2b3a4d5e");
    /** The extended property the connector tags its meetings with, as the client defines it. */
    static final ExtendedPropertyDefinition EVENT_ID = eventIdDefinition();
    static final ExtendedPropertyKey EVENT_ID_KEY =
            new ExtendedPropertyKey(null, EVENT_PROPERTY_SET.toString(), null, "EventId", null, "String");

    private MailFixtures() {
    }

    /** Runs {@code work} in one store transaction and returns its result (typed, unlike the overloaded original). */
    static <T> T inStore(EwsSandbox sandbox, Function<MailboxStore, T> work) {
        return sandbox.store().inTransaction(work);
    }

    static ExchangeService client(EwsSandbox sandbox) {
        ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(sandbox.ewsUrl());
        service.setCredentials(new WebCredentials(ORGANIZER, "sandbox"));
        return service;
    }

    /** A clock that moves one second on every reading, so that each delivered item has its own DateTimeReceived. */
    static Clock steppingClock() {
        return new Clock() {
            private Instant next = Instant.parse("2026-03-01T08:00:00Z");

            @Override
            public synchronized Instant instant() {
                Instant now = next;
                next = next.plus(Duration.ofSeconds(1));
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
    }

    /** The organizer's calendar item of a meeting with the given attendees; returns it as stored. */
    static MailItem calendarItem(MailboxStore store, String subject, String... attendees) {
        MailItem item = new MailItem(store.ids().newItemId(), ItemKind.CALENDAR_ITEM);
        item.subject = subject;
        item.uid = store.ids().newUid();
        item.organizer = EmailAddress.of(ORGANIZER);
        item.start = Instant.parse("2026-04-01T09:00:00Z");
        item.end = Instant.parse("2026-04-01T10:00:00Z");
        item.location = "Room 1";
        item.dateTimeCreated = store.now();
        for (String attendee : attendees) {
            item.requiredAttendees.add(new Attendee(EmailAddress.of(attendee)));
        }
        store.mailbox(EmailAddress.of(ORGANIZER)).calendar().add(item);
        return item;
    }

    /** An attendee's answer to a meeting, delivered to the organizer's inbox. */
    static MailItem meetingResponse(MailboxStore store, MailItem meeting, String attendee, ResponseType answer) {
        MailItem response = new MailItem(store.ids().newItemId(), ItemKind.MEETING_RESPONSE);
        response.itemClass = switch (answer) {
            case Decline -> "IPM.Schedule.Meeting.Resp.Neg";
            case Tentative -> "IPM.Schedule.Meeting.Resp.Tent";
            default -> "IPM.Schedule.Meeting.Resp.Pos";
        };
        response.subject = answer + ": " + meeting.subject;
        response.from = EmailAddress.of(attendee);
        response.sender = EmailAddress.of(attendee);
        response.toRecipients.add(EmailAddress.of(ORGANIZER));
        response.responseType = answer;
        response.uid = meeting.uid;
        response.associatedCalendarItemId = meeting.id;
        response.start = meeting.start;
        response.end = meeting.end;
        response.dateTimeSent = store.now();
        meeting.attendee(EmailAddress.of(attendee)).ifPresent(a -> a.recordResponse(answer, response.dateTimeSent));
        return store.deliver(EmailAddress.of(ORGANIZER), response);
    }

    /** An ordinary mail to the organizer. */
    static MailItem message(MailboxStore store, String subject) {
        MailItem message = new MailItem(store.ids().newItemId(), ItemKind.MESSAGE);
        message.subject = subject;
        message.from = EmailAddress.of("someone@example.org");
        message.sender = message.from;
        message.dateTimeSent = store.now();
        return store.deliver(EmailAddress.of(ORGANIZER), message);
    }

    static void tagWithEvent(MailItem item, String eventId) {
        item.setExtendedProperty(new ExtendedProperty(EVENT_ID_KEY, eventId));
    }

    private static ExtendedPropertyDefinition eventIdDefinition() {
        try {
            return new ExtendedPropertyDefinition(EVENT_PROPERTY_SET, "EventId", MapiPropertyType.String);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
