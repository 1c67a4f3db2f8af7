package org.lmsexchange.sandbox.ops;

import java.util.Arrays;
import java.util.Optional;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.w3c.dom.Element;

/**
 * Whom a change to a meeting is mailed to: the values of SendMeetingInvitations (CreateItem),
 * SendMeetingInvitationsOrCancellations (UpdateItem) and SendMeetingCancellations (DeleteItem), which share
 * their names.
 */
public enum MeetingMailMode {
    SendToNone,
    SendOnlyToAll,
    SendOnlyToChanged,
    SendToAllAndSaveCopy,
    SendToChangedAndSaveCopy;

    public boolean sendsMail() {
        return this != SendToNone;
    }

    /** Only attendees who were added or removed get mail; the others are not bothered. */
    public boolean onlyToChanged() {
        return this == SendOnlyToChanged || this == SendToChangedAndSaveCopy;
    }

    /** The organizer keeps a copy of what was sent in Sent Items. */
    public boolean savesCopy() {
        return this == SendToAllAndSaveCopy || this == SendToChangedAndSaveCopy;
    }

    /**
     * Reads the mode from a request attribute. Exchange insists on it when a calendar item is involved, so a
     * missing attribute yields {@code missingCode} only when the caller asks for the mode.
     */
    public static Attribute of(Element request, String attributeName, String missingCode, MeetingMailMode... allowed) {
        Optional<MeetingMailMode> mode = Dom.attribute(request, attributeName).map(value ->
                Arrays.stream(allowed).filter(m -> m.name().equals(value)).findFirst()
                        .orElseThrow(() -> EwsException.schemaValidation(
                                "the value '" + value + "' of " + attributeName + " is not one of "
                                        + Arrays.toString(allowed))));
        return new Attribute(attributeName, missingCode, mode);
    }

    /** A mail mode as the request gave it, possibly absent. */
    public record Attribute(String name, String missingCode, Optional<MeetingMailMode> value) {

        /** The mode for an item that is a meeting: the attribute must be there. */
        public MeetingMailMode required() {
            return value.orElseThrow(() -> new EwsException(missingCode,
                    name + " is required for calendar items."));
        }
    }
}
