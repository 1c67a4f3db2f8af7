package org.lmsexchange.sandbox.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One mailbox: its well-known folders (calendar, inbox, sentitems, deleteditems, with msgfolderroot as their
 * parent) and any folders created later. Guarded by the store's lock.
 */
public final class Mailbox {

    /** The well-known folders every sandbox mailbox has. */
    public static final String ROOT = "msgfolderroot";
    public static final String CALENDAR = "calendar";
    public static final String INBOX = "inbox";
    public static final String SENT_ITEMS = "sentitems";
    public static final String DELETED_ITEMS = "deleteditems";

    private final EmailAddress address;
    private final Map<String, Folder> foldersById = new LinkedHashMap<>();
    private final Map<String, Folder> wellKnown = new LinkedHashMap<>();

    Mailbox(EmailAddress address, ItemIds ids) {
        this.address = address;
        Folder root = addFolder(new Folder(ids.newFolderId(), ROOT, "Top of Information Store", null));
        for (String name : new String[] {CALENDAR, INBOX, SENT_ITEMS, DELETED_ITEMS}) {
            addFolder(new Folder(ids.newFolderId(), name, displayName(name), root.id()));
        }
    }

    public EmailAddress address() {
        return address;
    }

    public Folder calendar() {
        return wellKnown.get(CALENDAR);
    }

    public Folder inbox() {
        return wellKnown.get(INBOX);
    }

    public Folder sentItems() {
        return wellKnown.get(SENT_ITEMS);
    }

    public Folder deletedItems() {
        return wellKnown.get(DELETED_ITEMS);
    }

    /** A well-known folder by its EWS distinguished id ("inbox", "calendar", ...), case-insensitively. */
    public Optional<Folder> wellKnownFolder(String distinguishedName) {
        return Optional.ofNullable(wellKnown.get(distinguishedName.toLowerCase(Locale.ROOT)));
    }

    public Optional<Folder> folder(String folderId) {
        return Optional.ofNullable(foldersById.get(folderId));
    }

    public Collection<Folder> folders() {
        return foldersById.values();
    }

    public Folder addFolder(Folder folder) {
        foldersById.put(folder.id(), folder);
        if (folder.distinguishedName() != null) {
            wellKnown.put(folder.distinguishedName(), folder);
        }
        return folder;
    }

    /** The folder holding an item, if the item is in this mailbox. */
    public Optional<Folder> folderOf(String itemId) {
        return foldersById.values().stream().filter(f -> f.item(itemId) != null).findFirst();
    }

    private static String displayName(String distinguishedName) {
        return switch (distinguishedName) {
            case CALENDAR -> "Calendar";
            case INBOX -> "Inbox";
            case SENT_ITEMS -> "Sent Items";
            case DELETED_ITEMS -> "Deleted Items";
            default -> distinguishedName;
        };
    }
}
