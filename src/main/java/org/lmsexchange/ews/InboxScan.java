package org.lmsexchange.ews;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.lmsexchange.ews.client.InboxResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll's walk through the inbox's responses, page by page, before anything is processed or deleted, so the
 * offsets stay put while it walks: it ends at the last page, lists each item once, and leaves out the items the
 * route kept on purpose. A server that pages wrongly (the same items again, an empty page that claims more) ends
 * the walk with a warning instead of an endless loop; what it missed is read at the next poll.
 */
final class InboxScan {

    /** Reads the page of response ids at an offset. */
    interface Pages {
        InboxResponses.Page find(int offset) throws Exception;
    }

    /**
     * What the walk found: the ids to read in this poll, in inbox order, and every response id seen (kept ones
     * included); when the walk reached the last page, {@code seen} is the whole inbox's responses.
     */
    record Result(List<String> toRead, Set<String> seen, boolean complete) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(InboxScan.class);

    private InboxScan() {
    }

    /**
     * Walks the pages from offset 0.
     *
     * @param kept  the items not to read in this poll
     * @param limit the most ids to read in one poll; 0 = all of them
     */
    static Result walk(String mailbox, Pages pages, Predicate<String> kept, int limit) throws Exception {
        List<String> toRead = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int offset = 0;
        while (limit <= 0 || toRead.size() < limit) {
            InboxResponses.Page page = pages.find(offset);
            int before = seen.size();
            for (String id : page.ids()) {
                if (seen.add(id) && !kept.test(id) && (limit <= 0 || toRead.size() < limit)) {
                    toRead.add(id);
                }
            }
            if (!page.moreAvailable()) {
                return new Result(toRead, seen, true);
            }
            if (seen.size() == before) {
                LOG.warn("Exchange listed no new responses in the inbox of {} at offset {} ({} items, all listed "
                        + "before in this poll) yet says more follow: this poll stops there; the rest is read at the "
                        + "next poll", mailbox, offset, page.ids().size());
                break;
            }
            offset += page.ids().size();
        }
        return new Result(toRead, seen, false);
    }
}
