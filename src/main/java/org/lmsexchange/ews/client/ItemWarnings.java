package org.lmsexchange.ews.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Warnings about single inbox items (a response that cannot be read, one not sent by its learner, a sent time
 * corrected), each said once per item and topic, not at every poll that meets the item again. Kept in memory, one
 * per endpoint: a restart says them once more. Bounded: the oldest are forgotten first.
 */
public final class ItemWarnings {

    private static final int REMEMBERED = 10_000;

    private final Set<String> said = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** Logs the warning at WARN to {@code log}, unless this item's warning on this topic was logged before. */
    void warnOnce(Logger log, String itemId, String topic, String message, Object... arguments) {
        if (firstTime(itemId + " " + topic)) {
            log.warn(message, arguments);
        }
    }

    private synchronized boolean firstTime(String key) {
        return said.add(key);
    }
}
