package org.lmsexchange.sandbox.view;

import java.util.List;
import org.lmsexchange.sandbox.store.Mailbox;

/** A snapshot of one mailbox: every folder with its items. */
public record MailboxView(String address, List<FolderView> folders) {

    static MailboxView of(Mailbox mailbox) {
        return new MailboxView(mailbox.address().address(), mailbox.folders().stream().map(FolderView::of).toList());
    }

    /** The items of the folder with this name ("inbox", "calendar", ...); empty if there is no such folder. */
    public List<ItemView> items(String folderName) {
        return folders.stream()
                .filter(f -> f.name().equalsIgnoreCase(folderName))
                .findFirst()
                .map(FolderView::items)
                .orElse(List.of());
    }
}
