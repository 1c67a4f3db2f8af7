package org.lmsexchange.lms;

import org.lmsexchange.ews.ReplyAnswer;

/**
 * What a learner's answer does to their booking: the booking status and the response mark to write. Defaults
 * (from application.properties): Decline cancels the booking at once, freeing the seat; Tentative keeps it booked,
 * marked tentative; Accept keeps it booked, marked accepted.
 */
public class ReplyPolicy {

    private String acceptStatus = "BOOKED";
    private String acceptResponse = "ACCEPTED";
    private String tentativeStatus = "BOOKED";
    private String tentativeResponse = "TENTATIVE";
    private String declineStatus = "CANCELLED";
    private String declineResponse = "DECLINED";

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
}
