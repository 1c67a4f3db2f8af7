package org.lmsexchange.sandbox.ops;

import java.util.function.Consumer;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.MailItem;

/**
 * The {@code m:Items} element CreateItem and UpdateItem answer with: the item under its element name with just
 * its id and new ChangeKey, which is all the client reads back (it keeps the other properties it sent).
 */
final class ItemIdsResponse {

    private ItemIdsResponse() {
    }

    static Consumer<XmlWriter> of(MailItem item) {
        return xml -> xml.start("m:Items")
                .start("t:" + item.kind.elementName())
                .empty("t:ItemId", "Id", item.id, "ChangeKey", item.changeKey())
                .end()
                .end();
    }
}
