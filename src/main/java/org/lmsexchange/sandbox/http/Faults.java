package org.lmsexchange.sandbox.http;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The failures and the slowness the sandbox puts on EWS requests, switchable while it runs (from Java through
 * {@code sandbox.faults()}, over HTTP through {@code /sandbox/api/faults} and {@code /sandbox/api/latency}).
 * Thread-safe: each planned failure hits exactly one request, however many requests arrive at once.
 *
 * <p>Waiting requests (latency, {@link FaultKind#NO_ANSWER}, {@link FaultKind#LATE_ANSWER}) never hold a thread for
 * good: a held request is let go by {@link #clear()}, after {@link #MAX_HOLD} (a late answer: after its delay), or
 * when the sandbox closes (which interrupts its threads).
 */
public final class Faults {

    /** The longest a request is held: a NO_ANSWER one is dropped then, a LATE_ANSWER one carried out at the latest. */
    public static final Duration MAX_HOLD = Duration.ofMinutes(2);

    /** A plan and how many of its failures are still to come. */
    private static final class Pending {
        final FaultPlan plan;
        int remaining;

        Pending(FaultPlan plan) {
            this.plan = plan;
            this.remaining = plan.count();
        }
    }

    private final List<Pending> pending = new ArrayList<>();
    private CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();
    private volatile Duration latency = Duration.ZERO;

    /** Every EWS request waits this long before it is handled; {@link Duration#ZERO} switches it off. */
    public Faults latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("the latency cannot be negative: " + delay);
        }
        this.latency = delay;
        return this;
    }

    public Duration latency() {
        return latency;
    }

    /** Adds a plan; when several plans match a request, the one added first is used up first. */
    public synchronized Faults inject(FaultPlan plan) {
        pending.add(new Pending(plan));
        return this;
    }

    /** Shorthand for {@code inject(FaultPlan.of(kind, count))}: the next requests of any operation fail. */
    public Faults failNext(int count, FaultKind kind) {
        return inject(FaultPlan.of(kind, count));
    }

    /** The plans still to come, each with the count of failures it has left. */
    public synchronized List<FaultPlan> pending() {
        return pending.stream()
                .map(p -> p.plan.remaining(p.remaining))
                .toList();
    }

    /**
     * Drops every planned failure and lets go of the held requests: NO_ANSWER ones are dropped, LATE_ANSWER ones
     * carried out now. The latency stays.
     */
    public synchronized void clear() {
        pending.clear();
        release.countDown();
        release = new CountDownLatch(1);
    }

    /** Uses up one failure planned for {@code operationName}, if any: the request must fail this way. */
    synchronized Optional<FaultPlan> take(String operationName) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending candidate = it.next();
            if (candidate.plan.hits(operationName)) {
                if (--candidate.remaining == 0) {
                    it.remove();
                }
                return Optional.of(candidate.plan);
            }
        }
        return Optional.empty();
    }

    /** Waits the configured latency; an interrupt (the sandbox closing) ends the wait early. */
    void delay() {
        Duration delay = latency;
        if (!delay.isZero()) {
            awaitQuietly(() -> TimeUnit.NANOSECONDS.sleep(delay.toNanos()));
        }
    }

    /**
     * How many requests are held right now by a NO_ANSWER or LATE_ANSWER fault; a late one counts until it has been
     * carried out, so a test knows when the late work is done.
     */
    public int held() {
        return held.get();
    }

    /** What happens to a held request once it is let go. */
    interface AfterHold {
        void run() throws IOException;
    }

    /**
     * Holds a request until {@code delay} has passed, {@link #clear()} or an interrupt (whichever comes first), then
     * runs {@code then}; counted in {@link #held()} until {@code then} has ended.
     */
    void hold(Duration delay, AfterHold then) throws IOException {
        held.incrementAndGet();
        try {
            CountDownLatch current;
            synchronized (this) {
                current = release;
            }
            awaitQuietly(() -> current.await(delay.toMillis(), TimeUnit.MILLISECONDS));
            then.run();
        } finally {
            held.decrementAndGet();
        }
    }

    private interface Wait {
        void run() throws InterruptedException;
    }

    private static void awaitQuietly(Wait wait) {
        try {
            wait.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
