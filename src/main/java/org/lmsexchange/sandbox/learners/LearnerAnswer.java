package org.lmsexchange.sandbox.learners;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer of a learner to a meeting, identified by the meeting's uid.
 *
 * @param learner       the attendee who answers
 * @param uid           the meeting's iCalendar uid
 * @param answer        accept, tentative or decline
 * @param delegate      who answered on the learner's behalf with delegate access (Sender, and IsDelegated true), or null
 * @param sentBy        who sent the answer in the learner's name without delegate access (Sender, IsDelegated false:
 *                      send-on-behalf permission alone, or a forged From), or null; not together with a delegate
 * @param comment       the text of the response, or null
 * @param proposedStart a new start the learner proposes, or null (then proposedEnd is null too)
 * @param proposedEnd   a new end the learner proposes, or null
 * @param sentAt        when the response was sent; null means now. Lets tests send answers out of order.
 */
public record LearnerAnswer(String learner, String uid, Answer answer, String delegate, String sentBy, String comment,
                            Instant proposedStart, Instant proposedEnd, Instant sentAt) {

    public LearnerAnswer {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(answer, "answer");
        if (delegate != null && sentBy != null) {
            throw new IllegalArgumentException("an answer is sent by a delegate or by someone else, not both");
        }
        if ((proposedStart == null) != (proposedEnd == null)) {
            throw new IllegalArgumentException("a proposed new time needs both proposedStart and proposedEnd");
        }
        if (proposedStart != null && !proposedStart.isBefore(proposedEnd)) {
            throw new IllegalArgumentException("proposedStart must be before proposedEnd");
        }
    }

    /** A plain answer: sent by the learner, now, without comment or proposed time. */
    public static LearnerAnswer of(String learner, String uid, Answer answer) {
        return builder(learner, uid, answer).build();
    }

    public static Builder builder(String learner, String uid, Answer answer) {
        return new Builder(learner, uid, answer);
    }

    /** Builds a {@link LearnerAnswer} with the optional parts. */
    public static final class Builder {
        private final String learner;
        private final String uid;
        private final Answer answer;
        private String delegate;
        private String sentBy;
        private String comment;
        private Instant proposedStart;
        private Instant proposedEnd;
        private Instant sentAt;

        private Builder(String learner, String uid, Answer answer) {
            this.learner = learner;
            this.uid = uid;
            this.answer = answer;
        }

        public Builder delegate(String delegate) {
            this.delegate = delegate;
            return this;
        }

        public Builder sentBy(String sentBy) {
            this.sentBy = sentBy;
            return this;
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        public Builder proposedTime(Instant start, Instant end) {
            this.proposedStart = start;
            this.proposedEnd = end;
            return this;
        }

        public Builder sentAt(Instant sentAt) {
            this.sentAt = sentAt;
            return this;
        }

        public LearnerAnswer build() {
            return new LearnerAnswer(learner, uid, answer, delegate, sentBy, comment, proposedStart, proposedEnd, sentAt);
        }
    }
}
