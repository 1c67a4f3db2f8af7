package org.lmsexchange.sandbox.ops;

import java.time.Instant;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.Mailbox;
import org.lmsexchange.sandbox.store.MailboxStore;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.w3c.dom.Element;

/**
 * What an operation works on: the store (its lock is held) and the mailbox the request acts for, chosen from
 * ExchangeImpersonation, X-AnchorMailbox or the caller's own mailbox.
 */
public record OperationContext(MailboxStore store, Mailbox mailbox) {

    public Instant now() {
        return store.now();
    }

    /**
     * Resolves a folder reference: a t:DistinguishedFolderId (optionally with a t:Mailbox naming another mailbox)
     * or a t:FolderId. Unknown folders are ErrorFolderNotFound.
     */
    public Folder folder(Element folderIdElement) {
        String id = Dom.requiredAttribute(folderIdElement, "Id");
        if ("DistinguishedFolderId".equals(folderIdElement.getLocalName())) {
            Mailbox owner = Dom.child(folderIdElement, "Mailbox")
                    .flatMap(m -> Dom.childText(m, "EmailAddress"))
                    .map(a -> store.mailbox(org.lmsexchange.sandbox.store.EmailAddress.of(a)))
                    .orElse(mailbox);
            return owner.wellKnownFolder(id).orElseThrow(() -> folderNotFound(id));
        }
        return mailbox.folder(id).orElseThrow(() -> folderNotFound(id));
    }

    /** The single folder inside a container such as m:ParentFolderIds, m:SavedItemFolderId or m:ToFolderId. */
    public Folder folderIn(Element container) {
        return Dom.children(container).stream().findFirst().map(this::folder)
                .orElseThrow(() -> EwsException.schemaValidation(container.getLocalName() + " names no folder"));
    }

    private static EwsException folderNotFound(String id) {
        return new EwsException("ErrorFolderNotFound", "The specified folder could not be found in the store: " + id);
    }
}
