package org.lmsexchange.sandbox.learners;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * Learners that answer meeting requests by themselves, for the demo: when a request that asks for an answer reaches
 * a scripted learner, the learner's answer follows after the scripted delay, once for each such request received,
 * whatever they answered before.
 * <p>
 * A request asks for an answer when it is a new invitation or a full update. A full update (t:MeetingRequestType
 * FullUpdate, PidLidMeetingType mtgFull) is what a significant change sends, a new start or end (MS-OXOCAL 3.1.4.7.3.1
 * "Detecting a Significant Change to the Meeting Object"), and Exchange takes back the answers recorded on the
 * organizer's meeting, so the attendee is asked again. An informational update (mtgInfo, sent for any other change)
 * and a cancellation ask for no answer: those are not answered.
 */
public final class ScriptedLearners implements MailboxStore.DeliveryListener, AutoCloseable {

    /** What a scripted learner answers, and how long after the request arrived. */
    public record ScriptedAnswer(Answer answer, Duration delay) {
        public ScriptedAnswer {
            Objects.requireNonNull(answer, "answer");
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("the delay of a scripted answer must be zero or positive");
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ScriptedLearners.class);
    /** The t:MeetingRequestType values of requests that ask the attendee to answer (EWS reference "MeetingRequestType"). */
    private static final Set<String> ASKING_FOR_AN_ANSWER = Set.of("NewMeetingRequest", "FullUpdate");

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
        if (snapshot.kind != ItemKind.MEETING_REQUEST || !ASKING_FOR_AN_ANSWER.contains(snapshot.meetingRequestType)) {
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
