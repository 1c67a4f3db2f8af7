package org.lmsexchange.sandbox.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One item in a sandbox mailbox: a calendar item, a meeting request / response / cancellation or a plain message.
 * <p>
 * A plain data holder: its fields are read and written only while the {@link MailboxStore}'s lock is held, and
 * anything handed out of the store is a {@link #copy()}. Which fields matter depends on the {@link ItemKind};
 * the rest stay null.
 */
public final class MailItem {

    // identity
    public final String id;
    public final ItemKind kind;
    public int version = 1;
    public String folderId;

    // every item
    public String itemClass;
    public String subject;
    public String body;
    public String bodyType = "Text";
    public Instant dateTimeCreated;
    public Instant dateTimeSent;
    public Instant dateTimeReceived;
    public EmailAddress from;
    public EmailAddress sender;
    public List<EmailAddress> toRecipients = new ArrayList<>();
    public List<ExtendedProperty> extendedProperties = new ArrayList<>();

    // calendar items and meeting messages
    public String uid;
    public Instant start;
    public Instant end;
    public TimeZoneRef startTimeZone;
    public TimeZoneRef endTimeZone;
    public String location;
    public EmailAddress organizer;
    public List<Attendee> requiredAttendees = new ArrayList<>();
    public List<Attendee> optionalAttendees = new ArrayList<>();
    public boolean cancelled;

    // meeting messages
    /** On a meeting request: NewMeetingRequest, FullUpdate or InformationalUpdate (t:MeetingRequestType). */
    public String meetingRequestType;
    public ResponseType responseType;
    public String associatedCalendarItemId;
    public boolean delegated;
    public boolean outOfDate;
    public Instant proposedStart;
    public Instant proposedEnd;

    public MailItem(String id, ItemKind kind) {
        this.id = id;
        this.kind = kind;
        this.itemClass = kind.defaultItemClass();
    }

    /** The change key: changes whenever the item does, so a stale key can be told apart. */
    public String changeKey() {
        return ItemIds.changeKey(id, version);
    }

    public void touch() {
        version++;
    }

    public List<Attendee> allAttendees() {
        List<Attendee> all = new ArrayList<>(requiredAttendees);
        all.addAll(optionalAttendees);
        return all;
    }

    public Optional<Attendee> attendee(EmailAddress mailbox) {
        return allAttendees().stream().filter(a -> a.mailbox().sameMailbox(mailbox)).findFirst();
    }

    public Optional<ExtendedProperty> extendedProperty(ExtendedPropertyKey key) {
        return extendedProperties.stream().filter(p -> p.key().sameProperty(key)).findFirst();
    }

    public void setExtendedProperty(ExtendedProperty property) {
        extendedProperties.removeIf(p -> p.key().sameProperty(property.key()));
        extendedProperties.add(property);
    }

    /** A deep copy carrying the same id: a snapshot for readers outside the lock, or the base of a delivered copy. */
    public MailItem copy() {
        return copyAs(id, kind);
    }

    /** A deep copy under a new id and kind, e.g. the meeting request an attendee receives for a calendar item. */
    public MailItem copyAs(String newId, ItemKind newKind) {
        MailItem c = new MailItem(newId, newKind);
        c.version = version;
        c.folderId = folderId;
        c.itemClass = newKind == kind ? itemClass : newKind.defaultItemClass();
        c.subject = subject;
        c.body = body;
        c.bodyType = bodyType;
        c.dateTimeCreated = dateTimeCreated;
        c.dateTimeSent = dateTimeSent;
        c.dateTimeReceived = dateTimeReceived;
        c.from = from;
        c.sender = sender;
        c.toRecipients = new ArrayList<>(toRecipients);
        c.extendedProperties = new ArrayList<>(extendedProperties);
        c.uid = uid;
        c.start = start;
        c.end = end;
        c.startTimeZone = startTimeZone;
        c.endTimeZone = endTimeZone;
        c.location = location;
        c.organizer = organizer;
        c.requiredAttendees = requiredAttendees.stream().map(Attendee::copy).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        c.optionalAttendees = optionalAttendees.stream().map(Attendee::copy).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        c.cancelled = cancelled;
        c.meetingRequestType = meetingRequestType;
        c.responseType = responseType;
        c.associatedCalendarItemId = associatedCalendarItemId;
        c.delegated = delegated;
        c.outOfDate = outOfDate;
        c.proposedStart = proposedStart;
        c.proposedEnd = proposedEnd;
        return c;
    }
}
