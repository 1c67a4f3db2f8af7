package org.lmsexchange.sandbox.http;

import java.time.Duration;
import java.util.Objects;

/**
 * "Fail the next {@code count} requests (of {@code operation}, or of any operation when it is null) as
 * {@code kind}". {@code backOff} is the BackOffMilliseconds the server-busy kinds ask the client to wait.
 *
 * <pre>{@code
 * sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_FAULT, 3).onlyFor("CreateItem").backOff(Duration.ofSeconds(1)));
 * }</pre>
 */
public record FaultPlan(FaultKind kind, int count, String operation, Duration backOff) {

    public static final Duration DEFAULT_BACK_OFF = Duration.ofMillis(500);

    public FaultPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(backOff, "backOff");
        if (count < 1) {
            throw new IllegalArgumentException("a fault plan needs a count of at least 1, not " + count);
        }
        if (backOff.isNegative()) {
            throw new IllegalArgumentException("the back-off cannot be negative: " + backOff);
        }
    }

    /** The next {@code count} requests of any operation fail as {@code kind}, with the default back-off. */
    public static FaultPlan of(FaultKind kind, int count) {
        return new FaultPlan(kind, count, null, DEFAULT_BACK_OFF);
    }

    /** The same plan, hitting only requests of {@code operationName} (e.g. "CreateItem"). */
    public FaultPlan onlyFor(String operationName) {
        return new FaultPlan(kind, count, operationName, backOff);
    }

    public FaultPlan backOff(Duration duration) {
        return new FaultPlan(kind, count, operation, duration);
    }

    boolean hits(String operationName) {
        return operation == null || operation.equals(operationName);
    }
}
