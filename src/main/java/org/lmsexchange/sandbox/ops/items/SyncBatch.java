package org.lmsexchange.sandbox.ops.items;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.Folder.ChangeType;

/**
 * The changes one SyncFolderItems call reports: the folder's change log after the client's sequence, cut after at
 * most {@code max} distinct items, with the changes of each item collapsed into one. The cut is a prefix of the
 * log, so the next call, which starts after {@link #lastSequence()}, misses nothing.
 */
record SyncBatch(Map<String, ChangeType> changes, long lastSequence, boolean includesLast) {

    static SyncBatch after(Folder folder, long sequence, int max, Set<String> ignored) {
        List<Folder.Change> log = folder.changesAfter(sequence);
        Map<String, ChangeType> first = new LinkedHashMap<>();
        Map<String, ChangeType> latest = new LinkedHashMap<>();
        long last = sequence;
        int taken = 0;
        for (Folder.Change change : log) {
            if (!first.containsKey(change.itemId()) && first.size() == max) {
                break;
            }
            first.putIfAbsent(change.itemId(), change.type());
            latest.put(change.itemId(), change.type());
            last = change.sequence();
            taken++;
        }
        Map<String, ChangeType> collapsed = new LinkedHashMap<>();
        first.forEach((itemId, firstType) -> {
            ChangeType outcome = collapse(firstType, latest.get(itemId), folder.item(itemId) != null);
            if (outcome != null && !ignored.contains(itemId)) {
                collapsed.put(itemId, outcome);
            }
        });
        return new SyncBatch(collapsed, last, taken == log.size());
    }

    /**
     * What the client needs to hear about one item: an item created since the last sync is a Create (whatever
     * happened to it after), one gone by now is a Delete, unless the client never saw it at all.
     */
    private static ChangeType collapse(ChangeType first, ChangeType latest, boolean stillThere) {
        boolean seenBefore = first != ChangeType.Create;
        if (latest == ChangeType.Delete || !stillThere) {
            return seenBefore ? ChangeType.Delete : null;
        }
        return seenBefore ? ChangeType.Update : ChangeType.Create;
    }
}
