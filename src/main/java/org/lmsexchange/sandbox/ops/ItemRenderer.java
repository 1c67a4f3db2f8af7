package org.lmsexchange.sandbox.ops;

import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.Attendee;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.MailItem;

/**
 * Writes an item as {@code t:<CalendarItem|MeetingRequest|MeetingResponse|MeetingCancellation|Message>} with the
 * properties its {@link ResponseShape} asks for, in schema order (see {@link ItemProperties}). The element name
 * matters: the 2.0 client picks the Java class of an item from it.
 */
public final class ItemRenderer {

    private ItemRenderer() {
    }

    public static void write(XmlWriter xml, MailItem item, ResponseShape shape) {
        xml.start("t:" + item.kind.elementName());
        writeId(xml, item);
        for (ItemProperty property : ItemProperties.IN_SCHEMA_ORDER) {
            if (property.kinds().contains(item.kind) && property.wantedBy(shape)) {
                property.writer().write(xml, item, shape);
            }
        }
        xml.end();
    }

    /** Just {@code t:<Kind>/t:ItemId}: what CreateItem, MoveItem and IdOnly views answer. */
    public static void writeIdOnly(XmlWriter xml, MailItem item) {
        write(xml, item, ResponseShape.idOnly());
    }

    public static void writeId(XmlWriter xml, MailItem item) {
        xml.empty("t:ItemId", "Id", item.id, "ChangeKey", item.changeKey());
    }

    /**
     * {@code <name><t:Mailbox>...</t:Mailbox></name>} as t:From, t:Sender and t:Organizer carry it. Exchange fills
     * the Name with the address when the mailbox has no display name, and so does the sandbox.
     */
    static void writeSingleRecipient(XmlWriter xml, String name, EmailAddress address) {
        if (address != null) {
            xml.start(name);
            writeMailbox(xml, address);
            xml.end();
        }
    }

    static void writeMailbox(XmlWriter xml, EmailAddress address) {
        xml.start("t:Mailbox")
                .element("t:Name", address.name() != null ? address.name() : address.address())
                .element("t:EmailAddress", address.address())
                .element("t:RoutingType", "SMTP")
                .element("t:MailboxType", "Mailbox")
                .end();
    }

    static void writeAttendee(XmlWriter xml, Attendee attendee) {
        xml.start("t:Attendee");
        writeMailbox(xml, attendee.mailbox());
        xml.element("t:ResponseType", attendee.responseType().name())
                .element("t:LastResponseTime", attendee.lastResponseTime())
                .end();
    }
}
