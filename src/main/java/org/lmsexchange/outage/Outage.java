package org.lmsexchange.outage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether one dependency is down, since when and why, and when the routes may try it again. An outage is logged
 * twice, when it starts (with its cause) and when it ends, however many calls fail in between; while it lasts the
 * routes wait a back-off between tries that doubles from the first to the longest.
 */
public class Outage {

    private static final Logger LOG = LoggerFactory.getLogger(Outage.class);

    /** What an ongoing outage looks like: since when, why, and the failures counted. */
    public record State(Instant since, String reason, int failures) {
    }

    private final Dependency dependency;
    private final Duration firstBackOff;
    private final Duration maxBackOff;
    private final Clock clock;

    private State state;
    private Instant nextTry = Instant.MIN;

    public Outage(Dependency dependency, Duration firstBackOff, Duration maxBackOff, Clock clock) {
        this.dependency = dependency;
        this.firstBackOff = firstBackOff;
        this.maxBackOff = maxBackOff;
        this.clock = clock;
    }

    public Dependency dependency() {
        return dependency;
    }

    /** The outage going on, if any. */
    public synchronized Optional<State> current() {
        return Optional.ofNullable(state);
    }

    /** A call failed because the dependency is unavailable: starts the outage, or extends its back-off. */
    public synchronized void failed(String reason) {
        Instant now = clock.instant();
        if (state == null) {
            state = new State(now, reason, 1);
            LOG.warn("{} is unavailable: {}. The routes wait and try again by themselves (after {}, then longer "
                            + "each time, up to {}); check {} if it lasts. Nothing is lost meanwhile: events wait, and "
                            + "answers stay in the inbox until their booking update is committed.",
                    dependency.subject(), reason, seconds(firstBackOff), seconds(maxBackOff), dependency.whatToCheck());
        } else {
            state = new State(state.since(), reason, state.failures() + 1);
        }
        nextTry = now.plus(backOffAfter(state.failures()));
    }

    /** A call succeeded: ends the outage, if there was one. */
    public synchronized void succeeded() {
        if (state != null) {
            Duration lasted = Duration.between(state.since(), clock.instant());
            LOG.info("{} is available again after {} (failed calls meanwhile: {}); the routes carry on.",
                    dependency.subject(), seconds(lasted), state.failures());
            state = null;
            nextTry = Instant.MIN;
        }
    }

    /** False while an outage's back-off runs: the routes skip their work until it has passed. */
    public synchronized boolean mayTry() {
        return state == null || !clock.instant().isBefore(nextTry);
    }

    /** How long until the back-off of an ongoing outage has passed: zero when a try may be made now. */
    public synchronized Duration untilNextTry() {
        Duration left = state == null ? Duration.ZERO : Duration.between(clock.instant(), nextTry);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Duration backOffAfter(int failures) {
        Duration backOff = firstBackOff;
        for (int i = 1; i < failures && backOff.compareTo(maxBackOff) < 0; i++) {
            backOff = backOff.multipliedBy(2);
        }
        return backOff.compareTo(maxBackOff) > 0 ? maxBackOff : backOff;
    }

    /** "0.5 s", "5 s", "300 s": back-offs are configured in milliseconds but read best in seconds. */
    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}
