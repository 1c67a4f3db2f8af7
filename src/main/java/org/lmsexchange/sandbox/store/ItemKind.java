package org.lmsexchange.sandbox.store;

import java.util.Arrays;
import java.util.Optional;

/**
 * The EWS element an item is exchanged as. The 2.0 client picks the Java class of a returned item from this
 * element name, not from the ItemClass, so every item has exactly one kind.
 */
public enum ItemKind {
    CALENDAR_ITEM("CalendarItem", "IPM.Appointment"),
    MEETING_REQUEST("MeetingRequest", "IPM.Schedule.Meeting.Request"),
    MEETING_RESPONSE("MeetingResponse", "IPM.Schedule.Meeting.Resp.Pos"),
    MEETING_CANCELLATION("MeetingCancellation", "IPM.Schedule.Meeting.Canceled"),
    MESSAGE("Message", "IPM.Note");

    private final String elementName;
    private final String defaultItemClass;

    ItemKind(String elementName, String defaultItemClass) {
        this.elementName = elementName;
        this.defaultItemClass = defaultItemClass;
    }

    public String elementName() {
        return elementName;
    }

    public String defaultItemClass() {
        return defaultItemClass;
    }

    public boolean isMeetingMessage() {
        return this == MEETING_REQUEST || this == MEETING_RESPONSE || this == MEETING_CANCELLATION;
    }

    public static Optional<ItemKind> fromElementName(String name) {
        return Arrays.stream(values()).filter(k -> k.elementName.equals(name)).findFirst();
    }
}
