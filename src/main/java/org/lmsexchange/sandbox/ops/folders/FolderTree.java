package org.lmsexchange.sandbox.ops.folders;

import java.util.ArrayList;
import java.util.List;
import org.lmsexchange.sandbox.ops.OperationContext;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.Mailbox;

/** Walks a mailbox's folder tree, which the store keeps as folders pointing at their parent. */
final class FolderTree {

    private FolderTree() {
    }

    /** The mailbox a resolved folder belongs to: usually the acting one, another when a t:Mailbox named it. */
    static Mailbox owner(OperationContext context, Folder folder) {
        if (context.mailbox().folder(folder.id()).isPresent()) {
            return context.mailbox();
        }
        return context.store().mailboxes().stream().filter(m -> m.folder(folder.id()).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalStateException("folder " + folder.id() + " belongs to no mailbox"));
    }

    static List<Folder> children(Mailbox mailbox, Folder parent) {
        return mailbox.folders().stream().filter(f -> parent.id().equals(f.parentId())).toList();
    }

    /** Every folder below {@code parent}, depth first, parents before their children. */
    static List<Folder> descendants(Mailbox mailbox, Folder parent) {
        List<Folder> all = new ArrayList<>();
        for (Folder child : children(mailbox, parent)) {
            all.add(child);
            all.addAll(descendants(mailbox, child));
        }
        return all;
    }
}
