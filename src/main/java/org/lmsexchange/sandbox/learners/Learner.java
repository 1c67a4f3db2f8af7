package org.lmsexchange.sandbox.learners;

/**
 * A learner invited to meetings, answering them by uid. Each answer returns the id of the meeting response
 * that arrived in the organizer's inbox. For a delegate, a comment or a proposed time use {@link LearnerAnswer}.
 */
public final class Learner {

    private final String address;
    private final MeetingResponder responder;

    public Learner(String address, MeetingResponder responder) {
        this.address = address;
        this.responder = responder;
    }

    public String address() {
        return address;
    }

    public String accept(String uid) {
        return answer(uid, Answer.ACCEPT);
    }

    public String tentativelyAccept(String uid) {
        return answer(uid, Answer.TENTATIVE);
    }

    public String decline(String uid) {
        return answer(uid, Answer.DECLINE);
    }

    public String answer(String uid, Answer answer) {
        return responder.respond(LearnerAnswer.of(address, uid, answer));
    }
}
