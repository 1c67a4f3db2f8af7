package org.lmsexchange.sandbox;

import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.MailboxStore;

/**
 * Reads one item of a sandbox's store as it is stored, for the tests outside this package that check what the
 * public views leave out (time zones, extended properties, change keys).
 */
public final class StoredItems {

    private StoredItems() {
    }

    /** A copy of the item with this id, in whatever mailbox and folder it is. */
    public static MailItem item(EwsSandbox sandbox, String itemId) {
        return sandbox.store().inTransaction((MailboxStore s) -> s.locate(itemId)
                .map(located -> located.item().copy())
                .orElseThrow(() -> new IllegalArgumentException("no item " + itemId + " in the sandbox")));
    }
}
