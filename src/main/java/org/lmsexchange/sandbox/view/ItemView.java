package org.lmsexchange.sandbox.view;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.ResponseType;

/**
 * A snapshot of one item, with the fields that tell what a learner or the organizer got. Addresses are plain
 * SMTP addresses; fields that do not apply to the item's kind are null ({@code attendees} is set on calendar
 * items only).
 */
public record ItemView(String id,
                       ItemKind kind,
                       String itemClass,
                       String subject,
                       String body,
                       String from,
                       String sender,
                       String organizer,
                       String uid,
                       Instant start,
                       Instant end,
                       String location,
                       boolean cancelled,
                       String meetingRequestType,
                       ResponseType responseType,
                       boolean delegated,
                       String associatedCalendarItemId,
                       Instant proposedStart,
                       Instant proposedEnd,
                       Instant dateTimeSent,
                       Instant dateTimeReceived,
                       List<AttendeeView> attendees) {

    /** Takes the snapshot; call under the store's lock. */
    public static ItemView of(MailItem item) {
        return new ItemView(item.id, item.kind, item.itemClass, item.subject, item.body,
                address(item.from), address(item.sender), address(item.organizer), item.uid,
                item.start, item.end, item.location, item.cancelled, item.meetingRequestType, item.responseType,
                item.delegated, item.associatedCalendarItemId, item.proposedStart, item.proposedEnd,
                item.dateTimeSent, item.dateTimeReceived,
                item.kind == ItemKind.CALENDAR_ITEM ? attendees(item) : null);
    }

    /** The attendee with this address (case-insensitive), on a calendar item. */
    public AttendeeView attendee(String address) {
        return (attendees == null ? List.<AttendeeView>of() : attendees).stream()
                .filter(a -> a.address().equalsIgnoreCase(address))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(address + " is not an attendee of '" + subject + "'"));
    }

    private static List<AttendeeView> attendees(MailItem item) {
        return Stream.concat(
                item.requiredAttendees.stream().map(a -> AttendeeView.of(a, true)),
                item.optionalAttendees.stream().map(a -> AttendeeView.of(a, false))).toList();
    }

    private static String address(EmailAddress address) {
        return address == null ? null : address.address();
    }
}
