package org.lmsexchange.ews.client;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.slf4j.Logger;

/**
 * Warnings about single inbox items (a response that cannot be read, one not sent by its attendee, a sent time
 * corrected), each said once per item and topic, not at every poll that meets the item again. Kept in memory, one
 * per endpoint: a restart says them once more. Bounded: the least recently seen are forgotten first.
 */
public final class ItemWarnings {

    /** Camel's bounded memory of keys seen (least recently used forgotten first). */
    private final IdempotentRepository said = MemoryIdempotentRepository.memoryIdempotentRepository(10_000);

    /** Logs the warning at WARN to {@code log}, unless this item's warning on this topic was logged before. */
    void warnOnce(Logger log, String itemId, String topic, String message, Object... arguments) {
        if (said.add(itemId + " " + topic)) {
            log.warn(message, arguments);
        }
    }
}
