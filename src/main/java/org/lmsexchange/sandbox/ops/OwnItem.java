package org.lmsexchange.sandbox.ops;

import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.MailItem;
import org.w3c.dom.Element;

/**
 * An item of the mailbox a request acts for, with its folder. Ids of other mailboxes' items are reported as not
 * found, as Exchange does, so that a caller cannot touch mail it has no rights to.
 */
public record OwnItem(Folder folder, MailItem item) {

    /** The item a t:ItemId (or t:ReferenceItemId) names; ErrorItemNotFound when the acting mailbox has none. */
    public static OwnItem find(OperationContext context, Element itemIdElement) {
        String id = Dom.requiredAttribute(itemIdElement, "Id");
        Folder folder = context.mailbox().folderOf(id).orElseThrow(() -> EwsException.itemNotFound(id));
        return new OwnItem(folder, folder.item(id));
    }

    /** Moves the item into another folder of the same mailbox; it keeps its id. */
    public void moveTo(Folder target) {
        folder.remove(item.id);
        target.add(item);
    }
}
