package org.lmsexchange.sandbox.ops;

import java.util.List;
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
        String kind = itemIdElement.getLocalName();
        if (!"ItemId".equals(kind) && !"ReferenceItemId".equals(kind)) {
            throw EwsException.invalidOperation("The sandbox has no recurring meetings, so t:" + kind
                    + " is not supported; name items with t:ItemId");
        }
        String id = Dom.requiredAttribute(itemIdElement, "Id");
        Folder folder = context.mailbox().folderOf(id).orElseThrow(() -> EwsException.itemNotFound(id));
        return new OwnItem(folder, folder.item(id));
    }

    /** The id elements of a container such as m:ItemIds, one per requested item; an empty list is a schema error. */
    public static List<Element> idsIn(Element request, String containerName) {
        List<Element> ids = Dom.children(Dom.requiredChild(request, containerName));
        if (ids.isEmpty()) {
            throw EwsException.schemaValidation(containerName + " names no item");
        }
        return ids;
    }

    /** Moves the item into another folder of the same mailbox; it keeps its id. */
    public void moveTo(Folder target) {
        folder.remove(item.id);
        target.add(item);
    }
}
