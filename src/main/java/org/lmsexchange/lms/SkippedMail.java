package org.lmsexchange.lms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Remembers which inbox items were already reported as skipped (a reply to a meeting the connector did not
 * create, or from someone not on the roster), so that the log says so once, not at every poll. Bounded: the
 * oldest are forgotten first.
 */
public class SkippedMail {

    private static final int REMEMBERED = 10_000;

    private final Set<String> reported = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** True the first time an item is seen: log it then. */
    public synchronized boolean firstTime(String itemId) {
        return reported.add(itemId);
    }
}
