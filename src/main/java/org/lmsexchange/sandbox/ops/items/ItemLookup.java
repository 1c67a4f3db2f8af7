package org.lmsexchange.sandbox.ops.items;

import java.util.List;
import org.lmsexchange.sandbox.ops.OperationContext;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.MailItem;
import org.w3c.dom.Element;

/** Finds the items an m:ItemIds list names, in the mailbox the request acts for (never in anyone else's). */
final class ItemLookup {

    /** An item and the folder holding it. */
    record Found(Folder folder, MailItem item) {
    }

    private ItemLookup() {
    }

    /** The id elements of a container such as m:ItemIds, one per requested item; an empty list is a schema error. */
    static List<Element> ids(Element request, String containerName) {
        List<Element> ids = Dom.children(Dom.requiredChild(request, containerName));
        if (ids.isEmpty()) {
            throw EwsException.schemaValidation(containerName + " names no item");
        }
        return ids;
    }

    /** The item a t:ItemId names; ErrorItemNotFound when it is not in the acting mailbox. */
    static Found find(OperationContext context, Element id) {
        if (!"ItemId".equals(id.getLocalName())) {
            throw EwsException.invalidOperation("The sandbox has no recurring meetings, so t:" + id.getLocalName()
                    + " is not supported; name items with t:ItemId");
        }
        String itemId = Dom.requiredAttribute(id, "Id");
        return context.mailbox().folderOf(itemId)
                .map(folder -> new Found(folder, folder.item(itemId)))
                .orElseThrow(() -> EwsException.itemNotFound(itemId));
    }
}
