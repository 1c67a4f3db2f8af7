package org.lmsexchange.lms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.lmsexchange.ews.model.ReplyAnswer;

/**
 * What a learner's answer does to their booking: the booking status and the response mark to write, and which
 * booking statuses an answer may change at all (the active ones). By default (connector.policy.*): Decline
 * cancels the booking at once, freeing the seat; Tentative keeps it booked, marked tentative; Accept keeps it booked,
 * marked accepted; only a BOOKED booking changes, so an answer never revives a cancelled one.
 */
public class ReplyPolicy {

    // set from connector.policy.* (application.properties holds the defaults)
    private Set<String> activeStatuses = Set.of();
    private String acceptStatus;
    private String acceptResponse;
    private String tentativeStatus;
    private String tentativeResponse;
    private String declineStatus;
    private String declineResponse;
    private boolean applyOutOfDate;

    /**
     * Whether an answer may change a booking with this status (compared trimmed, case-insensitively): one of the
     * active statuses, or one this policy writes for an Accept or a Tentative, since those keep the seat.
     */
    public boolean isActive(String status) {
        if (status == null) {
            return false;
        }
        String s = normalized(status);
        return activeStatuses.contains(s) || s.equals(normalized(acceptStatus)) || s.equals(normalized(tentativeStatus));
    }

    public String statusFor(ReplyAnswer answer) {
        return switch (answer) {
            case ACCEPT -> acceptStatus;
            case TENTATIVE -> tentativeStatus;
            case DECLINE -> declineStatus;
        };
    }

    public String responseFor(ReplyAnswer answer) {
        return switch (answer) {
            case ACCEPT -> acceptResponse;
            case TENTATIVE -> tentativeResponse;
            case DECLINE -> declineResponse;
        };
    }

    public void setAcceptStatus(String acceptStatus) {
        this.acceptStatus = acceptStatus;
    }

    public void setAcceptResponse(String acceptResponse) {
        this.acceptResponse = acceptResponse;
    }

    public void setTentativeStatus(String tentativeStatus) {
        this.tentativeStatus = tentativeStatus;
    }

    public void setTentativeResponse(String tentativeResponse) {
        this.tentativeResponse = tentativeResponse;
    }

    public void setDeclineStatus(String declineStatus) {
        this.declineStatus = declineStatus;
    }

    public void setDeclineResponse(String declineResponse) {
        this.declineResponse = declineResponse;
    }

    /** The active statuses, comma-separated, e.g. "BOOKED" or "BOOKED, WAITLIST_CONFIRMED". */
    public void setActiveStatuses(String statuses) {
        activeStatuses = Arrays.stream(statuses.split(",")).map(ReplyPolicy::normalized).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (activeStatuses.isEmpty()) {
            throw new IllegalArgumentException("connector.policy.active-statuses is empty: name the booking statuses "
                    + "an answer may change, e.g. BOOKED");
        }
    }

    /**
     * What an answer Exchange marks out of date (sent to an earlier version of the meeting, e.g. before it moved)
     * does: apply (it counts like any answer: the latest sent wins) or ignore (processed, the booking unchanged).
     */
    public void setOutOfDateAnswers(String rule) {
        switch (rule == null ? "" : rule.trim().toLowerCase(Locale.ROOT)) {
            case "apply" -> applyOutOfDate = true;
            case "ignore" -> applyOutOfDate = false;
            default -> throw new IllegalArgumentException("connector.policy.out-of-date-answers is '" + rule
                    + "': use apply (an answer to an earlier version of the meeting counts, unless a later one "
                    + "exists) or ignore (it is processed and changes nothing)");
        }
    }

    /** Whether an answer to an earlier version of the meeting may change the booking. */
    public boolean appliesOutOfDate() {
        return applyOutOfDate;
    }

    private static String normalized(String status) {
        return status.trim().toUpperCase(Locale.ROOT);
    }
}
