package org.lmsexchange.lms;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * Remembers what the log has told, so that it says a thing once, not at every poll: an inbox item skipped (a reply
 * to a meeting the connector did not create, or from someone not on the roster), a statement that fails the same
 * way at each poll. Bounded: the least recently seen are forgotten first.
 */
public class ToldOnce {

    /** Camel's bounded memory of keys seen (least recently used forgotten first). */
    private final IdempotentRepository reported = MemoryIdempotentRepository.memoryIdempotentRepository(10_000);

    /** True the first time a key (an item id, a failure's message) is seen: log it then. */
    public boolean firstTime(String key) {
        return reported.add(key);
    }
}
