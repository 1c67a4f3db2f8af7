package org.lmsexchange.sandbox.http;

import java.time.Duration;
import java.util.Objects;

/**
 * "Fail the next {@code count} requests (of {@code operation}, or of any operation when it is null) as
 * {@code kind}". {@code backOff} is the BackOffMilliseconds the server-busy kinds ask the client to wait;
 * {@code delay} is how long {@link FaultKind#LATE_ANSWER} holds a request before carrying it out.
 *
 * <pre>{@code
 * sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_FAULT, 3).onlyFor("CreateItem").backOff(Duration.ofSeconds(1)));
 * sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("CreateItem").delay(Duration.ofSeconds(40)));
 * }</pre>
 */
public record FaultPlan(FaultKind kind, int count, String operation, Duration backOff, Duration delay) {

    public static final Duration DEFAULT_BACK_OFF = Duration.ofMillis(500);
    /** A late answer waits this long unless told otherwise: in effect, until the faults are cleared. */
    public static final Duration DEFAULT_DELAY = Faults.MAX_HOLD;

    public FaultPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(backOff, "backOff");
        Objects.requireNonNull(delay, "delay");
        if (count < 1) {
            throw new IllegalArgumentException("a fault plan needs a count of at least 1, not " + count);
        }
        if (backOff.isNegative()) {
            throw new IllegalArgumentException("the back-off cannot be negative: " + backOff);
        }
        if (delay.isNegative() || delay.compareTo(Faults.MAX_HOLD) > 0) {
            throw new IllegalArgumentException("the delay must be between 0 and " + Faults.MAX_HOLD + ", not " + delay);
        }
    }

    /** The next {@code count} requests of any operation fail as {@code kind}, with the default back-off and delay. */
    public static FaultPlan of(FaultKind kind, int count) {
        return new FaultPlan(kind, count, null, DEFAULT_BACK_OFF, DEFAULT_DELAY);
    }

    /** The same plan, hitting only requests of {@code operationName} (e.g. "CreateItem"). */
    public FaultPlan onlyFor(String operationName) {
        return new FaultPlan(kind, count, operationName, backOff, delay);
    }

    public FaultPlan backOff(Duration duration) {
        return new FaultPlan(kind, count, operation, duration, delay);
    }

    public FaultPlan delay(Duration duration) {
        return new FaultPlan(kind, count, operation, backOff, duration);
    }

    /** The same plan with {@code remaining} failures left. */
    FaultPlan remaining(int remaining) {
        return new FaultPlan(kind, remaining, operation, backOff, delay);
    }

    boolean hits(String operationName) {
        return operation == null || operation.equals(operationName);
    }
}
