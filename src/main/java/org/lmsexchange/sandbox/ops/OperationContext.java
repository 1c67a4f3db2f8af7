package org.lmsexchange.sandbox.ops;

import java.time.Instant;
import org.lmsexchange.sandbox.store.EmailAddress;
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
     * Resolves a folder reference: a t:DistinguishedFolderId or a t:FolderId of the mailbox the request acts for.
     * A t:Mailbox inside a DistinguishedFolderId may name that mailbox (clients do, e.g. with impersonation) but no
     * other: reaching another mailbox takes impersonation, which the endpoint has checked (ErrorAccessDenied; an
     * address without a mailbox is ErrorNonExistentMailbox, as Exchange answers). Unknown folders are
     * ErrorFolderNotFound.
     */
    public Folder folder(Element folderIdElement) {
        String id = Dom.requiredAttribute(folderIdElement, "Id");
        if ("DistinguishedFolderId".equals(folderIdElement.getLocalName())) {
            Dom.child(folderIdElement, "Mailbox").flatMap(m -> Dom.childText(m, "EmailAddress"))
                    .filter(address -> !mailbox.address().sameMailbox(EmailAddress.of(address)))
                    .ifPresent(other -> {
                        throw store.existingMailbox(other).isEmpty()
                                ? new EwsException("ErrorNonExistentMailbox", "The SMTP address has no mailbox associated with it: " + other)
                                : new EwsException("ErrorAccessDenied", "The request acts for " + mailbox.address().address()
                                + " and may not open folders of " + other + "; use ExchangeImpersonation.");
                    });
            return mailbox.wellKnownFolder(id).orElseThrow(() -> folderNotFound(id));
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
