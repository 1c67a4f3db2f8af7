package org.lmsexchange.ews.model;

import java.util.Locale;
import java.util.Optional;

/** An attendee's answer to an invitation, from the response's item class. */
public enum ReplyAnswer {
    ACCEPT, TENTATIVE, DECLINE;

    private static final String RESPONSE_CLASS = "ipm.schedule.meeting.resp.";

    /** The answer an item class stands for (IPM.Schedule.Meeting.Resp.Pos / .Tent / .Neg), case-insensitively. */
    public static Optional<ReplyAnswer> fromItemClass(String itemClass) {
        if (itemClass == null) {
            return Optional.empty();
        }
        String c = itemClass.toLowerCase(Locale.ROOT);
        if (!c.startsWith(RESPONSE_CLASS)) {
            return Optional.empty();
        }
        return switch (c.substring(RESPONSE_CLASS.length())) {
            case "pos" -> Optional.of(ACCEPT);
            case "tent" -> Optional.of(TENTATIVE);
            case "neg" -> Optional.of(DECLINE);
            default -> Optional.empty();
        };
    }
}
