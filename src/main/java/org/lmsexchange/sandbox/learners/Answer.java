package org.lmsexchange.sandbox.learners;

import java.util.Arrays;
import java.util.Locale;
import org.lmsexchange.sandbox.store.ResponseType;

/** A learner's answer to a meeting request, with how Exchange labels the meeting response it sends. */
public enum Answer {
    ACCEPT(ResponseType.Accept, "IPM.Schedule.Meeting.Resp.Pos", "Accepted", "accepted"),
    TENTATIVE(ResponseType.Tentative, "IPM.Schedule.Meeting.Resp.Tent", "Tentative", "tentatively accepted"),
    DECLINE(ResponseType.Decline, "IPM.Schedule.Meeting.Resp.Neg", "Declined", "declined");

    private final ResponseType responseType;
    private final String itemClass;
    private final String subjectPrefix;
    private final String pastTense;

    Answer(ResponseType responseType, String itemClass, String subjectPrefix, String pastTense) {
        this.responseType = responseType;
        this.itemClass = itemClass;
        this.subjectPrefix = subjectPrefix;
        this.pastTense = pastTense;
    }

    public ResponseType responseType() {
        return responseType;
    }

    public String itemClass() {
        return itemClass;
    }

    /** The subject of the meeting response, e.g. "Accepted: Safety 101". */
    public String responseSubject(String meetingSubject) {
        return subjectPrefix + ": " + (meetingSubject == null ? "" : meetingSubject);
    }

    /** For log lines: "learner a@example.com accepted 'Safety 101'". */
    public String pastTense() {
        return pastTense;
    }

    /** Parses "accept", "tentative" or "decline" (any case), as the HTTP API takes them. */
    public static Answer parse(String text) {
        if (text != null) {
            for (Answer answer : values()) {
                if (answer.name().equalsIgnoreCase(text.trim())) {
                    return answer;
                }
            }
        }
        throw new IllegalArgumentException("answer must be one of "
                + Arrays.stream(values()).map(a -> a.name().toLowerCase(Locale.ROOT)).toList() + ", not " + text);
    }
}
