package org.lmsexchange.lms;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * Remembers which inbox items were already reported as skipped (a reply to a meeting the connector did not
 * create, or from someone not on the roster), so that the log says so once, not at every poll. Bounded: the
 * least recently seen are forgotten first.
 */
public class SkippedMail {

    /** Camel's bounded memory of keys seen (least recently used forgotten first). */
    private final IdempotentRepository reported = MemoryIdempotentRepository.memoryIdempotentRepository(10_000);

    /** True the first time an item is seen: log it then. */
    public boolean firstTime(String itemId) {
        return reported.add(itemId);
    }
}
