package org.lmsexchange.sandbox.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.store.Attendee;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.ExtendedProperty;
import org.lmsexchange.sandbox.store.ExtendedPropertyKey;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.TimeZoneRef;
import org.w3c.dom.Element;

/**
 * Reads the properties of a calendar item from request XML into a {@link MailItem}. CreateItem hands it a whole
 * t:CalendarItem; UpdateItem hands it the t:CalendarItem of one SetItemField / AppendToItemField (which holds just
 * the changed property) or the field URI of a DeleteItemField. One table of fields serves all of them, so a
 * property is read the same way whether a meeting is created or changed.
 * <p>
 * Properties the sandbox does not keep (reminders, categories, ...) are accepted and ignored, as the connector
 * never reads them back.
 */
public final class CalendarItemReader {

    /** Deliberately loose, like Exchange: something@something, no spaces. */
    private static final Pattern SMTP_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    /** One property: its element name, its FieldURI, and how to set, clear and (if allowed) append to it. */
    private record Field(String elementName, String fieldUri, BiConsumer<Element, MailItem> set,
                         Consumer<MailItem> clear, BiConsumer<Element, MailItem> append) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("Subject", "item:Subject", (e, i) -> i.subject = e.getTextContent(), i -> i.subject = null, null),
            new Field("Body", "item:Body", CalendarItemReader::setBody, i -> i.body = null,
                    (e, i) -> i.body = (i.body == null ? "" : i.body) + e.getTextContent()),
            new Field("Start", "calendar:Start", (e, i) -> i.start = Dom.dateTime(e.getTextContent(), "Start"),
                    i -> i.start = null, null),
            new Field("End", "calendar:End", (e, i) -> i.end = Dom.dateTime(e.getTextContent(), "End"),
                    i -> i.end = null, null),
            new Field("Location", "calendar:Location", (e, i) -> i.location = e.getTextContent(),
                    i -> i.location = null, null),
            new Field("UID", "calendar:UID", (e, i) -> i.uid = e.getTextContent().trim(), i -> i.uid = null, null),
            new Field("StartTimeZone", "calendar:StartTimeZone", (e, i) -> i.startTimeZone = timeZone(e),
                    i -> i.startTimeZone = null, null),
            new Field("EndTimeZone", "calendar:EndTimeZone", (e, i) -> i.endTimeZone = timeZone(e),
                    i -> i.endTimeZone = null, null),
            new Field("RequiredAttendees", "calendar:RequiredAttendees", (e, i) -> i.requiredAttendees = attendees(e),
                    i -> i.requiredAttendees = new ArrayList<>(), (e, i) -> i.requiredAttendees.addAll(attendees(e))),
            new Field("OptionalAttendees", "calendar:OptionalAttendees", (e, i) -> i.optionalAttendees = attendees(e),
                    i -> i.optionalAttendees = new ArrayList<>(), (e, i) -> i.optionalAttendees.addAll(attendees(e))),
            // deleted by its t:ExtendedFieldURI rather than a FieldURI, see delete()
            new Field("ExtendedProperty", null, (e, i) -> i.setExtendedProperty(extendedProperty(e)), null, null));

    private CalendarItemReader() {
    }

    /** Sets every property the item element (t:CalendarItem) carries. */
    public static void set(Element itemElement, MailItem item) {
        for (Element property : Dom.children(itemElement)) {
            field(property.getLocalName()).ifPresent(f -> f.set().accept(property, item));
        }
    }

    /** Appends the properties the item element carries; only attendee lists and the body can grow. */
    public static void append(Element itemElement, MailItem item) {
        for (Element property : Dom.children(itemElement)) {
            Field field = field(property.getLocalName()).filter(f -> f.append() != null)
                    .orElseThrow(() -> new EwsException("ErrorInvalidPropertyAppend",
                            "The property " + property.getLocalName() + " cannot be appended to."));
            field.append().accept(property, item);
        }
    }

    /** Clears the property a t:FieldURI or t:ExtendedFieldURI names. */
    public static void delete(Element fieldUriElement, MailItem item) {
        if ("ExtendedFieldURI".equals(fieldUriElement.getLocalName())) {
            ExtendedPropertyKey key = extendedPropertyKey(fieldUriElement);
            item.extendedProperties.removeIf(p -> p.key().sameProperty(key));
            return;
        }
        String uri = Dom.requiredAttribute(fieldUriElement, "FieldURI");
        FIELDS.stream().filter(f -> uri.equals(f.fieldUri())).findFirst().ifPresent(f -> f.clear().accept(item));
    }

    /** What every meeting needs, checked after the properties are set (so an update is checked as a whole). */
    public static void validate(MailItem item) {
        if (item.start == null || item.end == null) {
            throw EwsException.schemaValidation("a calendar item needs both Start and End");
        }
        if (item.end.isBefore(item.start)) {
            throw new EwsException("ErrorCalendarEndDateIsEarlierThanStartDate",
                    "EndDate is earlier than StartDate (Start " + item.start + ", End " + item.end + ").");
        }
    }

    private static Optional<Field> field(String elementName) {
        return FIELDS.stream().filter(f -> f.elementName().equals(elementName)).findFirst();
    }

    private static void setBody(Element body, MailItem item) {
        item.body = body.getTextContent();
        item.bodyType = Dom.attribute(body, "BodyType").orElse("Text");
    }

    /** Exchange 2010+ names a zone by its Windows id; the client sends no transition periods with it. */
    private static TimeZoneRef timeZone(Element zone) {
        return new TimeZoneRef(Dom.requiredAttribute(zone, "Id"), Dom.attribute(zone, "Name").orElse(null));
    }

    private static List<Attendee> attendees(Element list) {
        List<Attendee> attendees = new ArrayList<>();
        for (Element attendee : Dom.children(list, "Attendee")) {
            Element mailbox = Dom.requiredChild(attendee, "Mailbox");
            String address = Dom.childText(mailbox, "EmailAddress").orElse("");
            if (!SMTP_ADDRESS.matcher(address).matches()) {
                throw new EwsException("ErrorInvalidRecipients",
                        "The attendee address '" + address + "' is not a valid SMTP address.");
            }
            attendees.add(new Attendee(new EmailAddress(Dom.childText(mailbox, "Name").orElse(null), address)));
        }
        return attendees;
    }

    private static ExtendedProperty extendedProperty(Element property) {
        ExtendedPropertyKey key = extendedPropertyKey(Dom.requiredChild(property, "ExtendedFieldURI"));
        String value = Dom.child(property, "Value").map(Element::getTextContent).orElseThrow(() ->
                new EwsException("ErrorInvalidExtendedPropertyValue",
                        "The sandbox keeps single-valued extended properties only; t:Value is missing."));
        return new ExtendedProperty(key, value);
    }

    private static ExtendedPropertyKey extendedPropertyKey(Element uri) {
        return new ExtendedPropertyKey(
                Dom.attribute(uri, "PropertyTag").orElse(null),
                Dom.attribute(uri, "PropertySetId").orElse(null),
                Dom.attribute(uri, "DistinguishedPropertySetId").orElse(null),
                Dom.attribute(uri, "PropertyName").orElse(null),
                Dom.attribute(uri, "PropertyId").orElse(null),
                Dom.attribute(uri, "PropertyType").orElse(null));
    }
}
