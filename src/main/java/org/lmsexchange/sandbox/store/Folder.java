package org.lmsexchange.sandbox.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mail folder: its items in arrival order, and a change log that SyncFolderItems reads from.
 * Guarded by the store's lock.
 */
public final class Folder {

    /** What happened to an item, as SyncFolderItems reports it. */
    public enum ChangeType { Create, Update, Delete }

    /** One entry of the change log; {@code sequence} is the folder's own counter, the basis of a sync state. */
    public record Change(long sequence, ChangeType type, String itemId) {
    }

    private final String id;
    private final String distinguishedName;
    private final String parentId;
    private String displayName;
    private final Map<String, MailItem> items = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private long changeSequence;

    public Folder(String id, String distinguishedName, String displayName, String parentId) {
        this.id = id;
        this.distinguishedName = distinguishedName;
        this.displayName = displayName;
        this.parentId = parentId;
    }

    public String id() {
        return id;
    }

    /** "inbox", "calendar", ... for well-known folders; null for folders made with CreateFolder. */
    public String distinguishedName() {
        return distinguishedName;
    }

    public String displayName() {
        return displayName;
    }

    public String parentId() {
        return parentId;
    }

    public Collection<MailItem> items() {
        return items.values();
    }

    public MailItem item(String itemId) {
        return items.get(itemId);
    }

    public void add(MailItem item) {
        item.folderId = id;
        items.put(item.id, item);
        log(ChangeType.Create, item.id);
    }

    public MailItem remove(String itemId) {
        MailItem removed = items.remove(itemId);
        if (removed != null) {
            log(ChangeType.Delete, itemId);
        }
        return removed;
    }

    /** Call after changing an item of this folder, so that a sync reports it. */
    public void updated(MailItem item) {
        log(ChangeType.Update, item.id);
    }

    public long changeSequence() {
        return changeSequence;
    }

    /** The changes after the given sequence number, oldest first. */
    public List<Change> changesAfter(long sequence) {
        return changes.stream().filter(c -> c.sequence() > sequence).toList();
    }

    private void log(ChangeType type, String itemId) {
        changes.add(new Change(++changeSequence, type, itemId));
    }
}
