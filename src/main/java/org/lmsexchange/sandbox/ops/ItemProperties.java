package org.lmsexchange.sandbox.ops;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.Attendee;
import org.lmsexchange.sandbox.store.ExtendedPropertyKey;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.TimeZoneRef;

/**
 * Every item property the sandbox answers with, in the order of the EWS schema. The XSD types extend each other
 * (ItemType, then MessageType, then MeetingMessageType, then MeetingRequest/Response/CancellationMessageType;
 * ItemType, then CalendarItemType), and an extension's elements follow its base's, so one list in this order
 * is schema order for every kind: each kind just skips what it does not carry.
 */
final class ItemProperties {

    private static final Set<ItemKind> EVERY = EnumSet.allOf(ItemKind.class);
    private static final Set<ItemKind> MESSAGES = EnumSet.complementOf(EnumSet.of(ItemKind.CALENDAR_ITEM));
    private static final Set<ItemKind> MEETING_MESSAGES =
            EnumSet.of(ItemKind.MEETING_REQUEST, ItemKind.MEETING_RESPONSE, ItemKind.MEETING_CANCELLATION);
    private static final Set<ItemKind> MEETINGS = EnumSet.complementOf(EnumSet.of(ItemKind.MESSAGE));
    /** The kinds that carry the whole meeting: the calendar item and the invitation. */
    private static final Set<ItemKind> FULL_MEETINGS = EnumSet.of(ItemKind.CALENDAR_ITEM, ItemKind.MEETING_REQUEST);

    static final List<ItemProperty> IN_SCHEMA_ORDER = List.of(
            // ItemType
            new ItemProperty("item:ParentFolderId", true, EVERY,
                    (xml, item, shape) -> xml.empty("t:ParentFolderId", "Id", item.folderId)),
            text("item:ItemClass", true, EVERY, "t:ItemClass", item -> item.itemClass),
            text("item:Subject", true, EVERY, "t:Subject", item -> item.subject),
            new ItemProperty("item:Body", false, EVERY, ItemProperties::body),
            time("item:DateTimeReceived", EVERY, "t:DateTimeReceived", item -> item.dateTimeReceived),
            time("item:DateTimeSent", EVERY, "t:DateTimeSent", item -> item.dateTimeSent),
            time("item:DateTimeCreated", EVERY, "t:DateTimeCreated", item -> item.dateTimeCreated),
            new ItemProperty(null, false, EVERY, ItemProperties::extendedProperties),
            // MessageType
            new ItemProperty("message:Sender", true, MESSAGES,
                    (xml, item, shape) -> ItemRenderer.writeSingleRecipient(xml, "t:Sender", item.sender)),
            new ItemProperty("message:ToRecipients", true, MESSAGES, ItemProperties::toRecipients),
            new ItemProperty("message:From", true, MESSAGES,
                    (xml, item, shape) -> ItemRenderer.writeSingleRecipient(xml, "t:From", item.from)),
            // MeetingMessageType
            new ItemProperty("meeting:AssociatedCalendarItemId", true, MEETING_MESSAGES, (xml, item, shape) -> {
                if (item.associatedCalendarItemId != null) {
                    xml.empty("t:AssociatedCalendarItemId", "Id", item.associatedCalendarItemId);
                }
            }),
            flag("meeting:IsDelegated", MEETING_MESSAGES, "t:IsDelegated", item -> item.delegated),
            flag("meeting:IsOutOfDate", MEETING_MESSAGES, "t:IsOutOfDate", item -> item.outOfDate),
            text("meeting:ResponseType", true, MEETING_MESSAGES, "t:ResponseType",
                    item -> item.responseType == null ? null : item.responseType.name()),
            // MeetingMessageType's UID, which is also CalendarItemType's first element
            text("calendar:UID", true, MEETINGS, "t:UID", item -> item.uid),
            // MeetingRequestMessageType
            text("meetingRequest:MeetingRequestType", true, EnumSet.of(ItemKind.MEETING_REQUEST),
                    "t:MeetingRequestType", item -> item.meetingRequestType),
            // the calendar part shared by CalendarItemType and the meeting message types
            time("calendar:Start", MEETINGS, "t:Start", item -> item.start),
            time("calendar:End", MEETINGS, "t:End", item -> item.end),
            text("calendar:Location", true, MEETINGS, "t:Location", item -> item.location),
            flag("calendar:IsCancelled", FULL_MEETINGS, "t:IsCancelled", item -> item.cancelled),
            new ItemProperty("calendar:Organizer", true, FULL_MEETINGS,
                    (xml, item, shape) -> ItemRenderer.writeSingleRecipient(xml, "t:Organizer", item.organizer)),
            attendees("calendar:RequiredAttendees", "t:RequiredAttendees", item -> item.requiredAttendees),
            attendees("calendar:OptionalAttendees", "t:OptionalAttendees", item -> item.optionalAttendees),
            timeZone("calendar:StartTimeZone", "t:StartTimeZone", item -> item.startTimeZone),
            timeZone("calendar:EndTimeZone", "t:EndTimeZone", item -> item.endTimeZone),
            // MeetingResponseMessageType
            time("meetingResponse:ProposedStart", EnumSet.of(ItemKind.MEETING_RESPONSE), "t:ProposedStart",
                    item -> item.proposedStart),
            time("meetingResponse:ProposedEnd", EnumSet.of(ItemKind.MEETING_RESPONSE), "t:ProposedEnd",
                    item -> item.proposedEnd));

    private ItemProperties() {
    }

    private static ItemProperty text(String fieldUri, boolean inDefault, Set<ItemKind> kinds, String element,
                                     Function<MailItem, String> value) {
        return new ItemProperty(fieldUri, inDefault, kinds, (xml, item, shape) -> xml.element(element, value.apply(item)));
    }

    private static ItemProperty time(String fieldUri, Set<ItemKind> kinds, String element,
                                     Function<MailItem, Instant> value) {
        return new ItemProperty(fieldUri, true, kinds, (xml, item, shape) -> xml.element(element, value.apply(item)));
    }

    private static ItemProperty flag(String fieldUri, Set<ItemKind> kinds, String element,
                                     Predicate<MailItem> value) {
        return new ItemProperty(fieldUri, true, kinds, (xml, item, shape) -> xml.element(element, value.test(item)));
    }

    private static ItemProperty attendees(String fieldUri, String element,
                                          Function<MailItem, List<Attendee>> value) {
        return new ItemProperty(fieldUri, false, FULL_MEETINGS, (xml, item, shape) -> {
            List<Attendee> attendees = value.apply(item);
            if (!attendees.isEmpty()) {
                xml.start(element);
                attendees.forEach(a -> ItemRenderer.writeAttendee(xml, a));
                xml.end();
            }
        });
    }

    private static ItemProperty timeZone(String fieldUri, String element,
                                         Function<MailItem, TimeZoneRef> value) {
        return new ItemProperty(fieldUri, false, FULL_MEETINGS, (xml, item, shape) -> {
            TimeZoneRef zone = value.apply(item);
            if (zone != null) {
                xml.empty(element, "Name", zone.name(), "Id", zone.id());
            }
        });
    }

    private static void body(XmlWriter xml, MailItem item, ResponseShape shape) {
        if (item.body != null) {
            xml.start("t:Body", "BodyType", item.bodyType).text(item.body).end();
        }
    }

    private static void toRecipients(XmlWriter xml, MailItem item, ResponseShape shape) {
        if (!item.toRecipients.isEmpty()) {
            xml.start("t:ToRecipients");
            item.toRecipients.forEach(r -> ItemRenderer.writeMailbox(xml, r));
            xml.end();
        }
    }

    /**
     * Only the extended properties named in AdditionalProperties, as Exchange does (AllProperties has none), each
     * echoed under the very t:ExtendedFieldURI the client sent, so that the client recognises its definition.
     */
    private static void extendedProperties(XmlWriter xml, MailItem item, ResponseShape shape) {
        for (ExtendedPropertyKey wanted : shape.extendedProperties()) {
            item.extendedProperty(wanted).ifPresent(property -> {
                xml.start("t:ExtendedProperty");
                ExtendedFieldUri.write(xml, wanted);
                xml.element("t:Value", property.value()).end();
            });
        }
    }
}
