package org.lmsexchange.ews;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lmsexchange.ews.client.ResponseReader;

/**
 * The responses left in the inbox on purpose, by the route (say, not one of its meetings) or by the consumer
 * itself (unreadable, or not sent by the attendee: {@link ResponseReader}), remembered so that a poll does
 * not read them again until the re-read delay has passed: they may stay in the inbox for good, and
 * reading them in full at every poll would cost a GetItem each for nothing. Kept in memory: a restart reads them
 * once more. Items gone from the inbox are forgotten, so this holds no more than the inbox does.
 */
final class KeptResponses {

    private final Map<String, Instant> keptUntil = new ConcurrentHashMap<>();
    private final Duration rereadDelay;

    KeptResponses(Duration rereadDelay) {
        this.rereadDelay = rereadDelay;
    }

    void keep(String itemId, Instant now) {
        keptUntil.put(itemId, now.plus(rereadDelay));
    }

    /** Whether the item is not to be read at {@code now}. */
    boolean isKept(String itemId, Instant now) {
        Instant until = keptUntil.get(itemId);
        return until != null && now.isBefore(until);
    }

    /** Forgets the items that are no longer among the inbox's responses. */
    void retainOnly(Set<String> inInbox) {
        keptUntil.keySet().retainAll(inInbox);
    }
}
