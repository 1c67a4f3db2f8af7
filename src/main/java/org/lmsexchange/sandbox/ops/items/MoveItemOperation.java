package org.lmsexchange.sandbox.ops.items;

import java.util.List;
import org.lmsexchange.sandbox.ops.SoapOperation;
import org.lmsexchange.sandbox.ops.ItemRenderer;
import org.lmsexchange.sandbox.ops.OperationContext;
import org.lmsexchange.sandbox.ops.OwnItem;
import org.lmsexchange.sandbox.ops.ResponseMessages;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.MailItem;
import org.w3c.dom.Element;

/**
 * MoveItem: moves each item of m:ItemIds into m:ToFolderId. Like Exchange, a moved item gets a new id, which the
 * answer carries in {@code m:Items}; the old id is gone (GetItem on it is ErrorItemNotFound).
 */
public final class MoveItemOperation implements SoapOperation {

    @Override
    public String name() {
        return "MoveItem";
    }

    @Override
    public void execute(OperationContext context, Element request, XmlWriter response) {
        Folder destination = context.folderIn(Dom.requiredChild(request, "ToFolderId"));
        List<Element> ids = OwnItem.idsIn(request, "ItemIds");
        ResponseMessages.write(response, name(), messages -> {
            for (Element id : ids) {
                messages.item(() -> {
                    MailItem moved = move(context, OwnItem.find(context, id), destination);
                    return xml -> {
                        xml.start("m:Items");
                        ItemRenderer.writeIdOnly(xml, moved);
                        xml.end();
                    };
                });
            }
        });
    }

    private static MailItem move(OperationContext context, OwnItem found, Folder destination) {
        found.folder().remove(found.item().id);
        MailItem moved = found.item().copyAs(context.store().ids().newItemId(), found.item().kind);
        destination.add(moved);
        return moved;
    }
}
