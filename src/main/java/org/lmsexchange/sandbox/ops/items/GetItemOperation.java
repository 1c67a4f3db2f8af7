package org.lmsexchange.sandbox.ops.items;

import java.util.List;
import org.lmsexchange.sandbox.ops.SoapOperation;
import org.lmsexchange.sandbox.ops.ItemRenderer;
import org.lmsexchange.sandbox.ops.OperationContext;
import org.lmsexchange.sandbox.ops.OwnItem;
import org.lmsexchange.sandbox.ops.ResponseMessages;
import org.lmsexchange.sandbox.ops.ResponseShape;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.MailItem;
import org.w3c.dom.Element;

/**
 * GetItem: one response message per requested id, in request order, each with {@code m:Items} holding the item
 * in the requested shape, or ErrorItemNotFound for an id the acting mailbox does not hold.
 */
public final class GetItemOperation implements SoapOperation {

    @Override
    public String name() {
        return "GetItem";
    }

    @Override
    public void execute(OperationContext context, Element request, XmlWriter response) {
        ResponseShape shape = ResponseShape.parse(Dom.requiredChild(request, "ItemShape"));
        List<Element> ids = OwnItem.idsIn(request, "ItemIds");
        ResponseMessages.write(response, name(), messages -> {
            for (Element id : ids) {
                messages.item(() -> {
                    MailItem item = OwnItem.find(context, id).item();
                    return xml -> {
                        xml.start("m:Items");
                        ItemRenderer.write(xml, item, shape);
                        xml.end();
                    };
                });
            }
        });
    }
}
