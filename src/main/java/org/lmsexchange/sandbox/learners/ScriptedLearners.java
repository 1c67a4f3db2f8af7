package org.lmsexchange.sandbox.learners;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.MailboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learners that answer new invitations by themselves, for the demo: when a new meeting request reaches a scripted
 * learner, the learner's answer follows after the scripted delay. Updates and cancellations are not answered,
 * as a learner who has already answered would not answer again.
 */
public final class ScriptedLearners implements MailboxStore.DeliveryListener, AutoCloseable {

    /** What a scripted learner answers, and how long after the invitation arrived. */
    public record ScriptedAnswer(Answer answer, Duration delay) {
        public ScriptedAnswer {
            Objects.requireNonNull(answer, "answer");
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("the delay of a scripted answer must be zero or positive");
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ScriptedLearners.class);
    private static final String NEW_MEETING_REQUEST = "NewMeetingRequest";

    private final MeetingResponder responder;
    private final Map<String, ScriptedAnswer> byLearner;
    private final ScriptedAnswer fallback;
    private final ScheduledExecutorService scheduler;

    /**
     * @param byLearner the answers of listed learners, by address
     * @param fallback  the answer of every other learner, or null if they stay silent
     */
    public ScriptedLearners(MeetingResponder responder, Map<String, ScriptedAnswer> byLearner,
                            ScriptedAnswer fallback) {
        this.responder = responder;
        this.byLearner = byLearner.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> EmailAddress.normalize(e.getKey()), Map.Entry::getValue));
        this.fallback = fallback;
        this.scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "ews-sandbox-scripted-learners");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Called under the store's lock: only schedules the answer, which then runs in its own transaction. */
    @Override
    public void delivered(EmailAddress recipient, MailItem snapshot) {
        if (snapshot.kind != ItemKind.MEETING_REQUEST || !NEW_MEETING_REQUEST.equals(snapshot.meetingRequestType)) {
            return;
        }
        ScriptedAnswer scripted = byLearner.getOrDefault(recipient.key(), fallback);
        if (scripted == null) {
            return;
        }
        try {
            scheduler.schedule(() -> answer(recipient, snapshot, scripted.answer()),
                    scripted.delay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the sandbox is closing: nobody answers any more, and the delivery itself must not fail
        }
    }

    private void answer(EmailAddress learner, MailItem request, Answer answer) {
        try {
            responder.respond(LearnerAnswer.of(learner.address(), request.uid, answer));
            LOG.info("learner {} {} '{}'", learner.address(), answer.pastTense(), request.subject);
        } catch (IllegalArgumentException e) {
            // The meeting went away or the learner was removed before the scripted delay ran out.
            LOG.warn("scripted learner {} could not answer '{}': {}",
                    learner.address(), request.subject, e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
