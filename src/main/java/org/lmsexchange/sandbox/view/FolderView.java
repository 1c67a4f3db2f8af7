package org.lmsexchange.sandbox.view;

import java.util.List;
import org.lmsexchange.sandbox.store.Folder;

/**
 * A snapshot of one folder and its items in arrival order. {@code name} is the well-known name ("inbox",
 * "calendar", ...) or, for a folder created later, its display name.
 */
public record FolderView(String name, List<ItemView> items) {

    static FolderView of(Folder folder) {
        String name = folder.distinguishedName() != null ? folder.distinguishedName() : folder.displayName();
        return new FolderView(name, folder.items().stream().map(ItemView::of).toList());
    }
}
