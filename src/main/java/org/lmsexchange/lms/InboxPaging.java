package org.lmsexchange.lms;

import org.lmsexchange.ews.DeleteResult;

/**
 * Where the next inbox page starts once this page's processed replies are deleted: the items left behind
 * (not ours, not on a roster) keep their places, the deleted ones no longer count.
 */
public final class InboxPaging {

    private InboxPaging() {
    }

    public static int nextOffset(int offsetAfterPage, DeleteResult deleted) {
        return Math.max(0, offsetAfterPage - deleted.deleted().size());
    }
}
