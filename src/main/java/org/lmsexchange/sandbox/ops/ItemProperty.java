package org.lmsexchange.sandbox.ops;

import java.util.Set;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;

/**
 * One property an item can be answered with: its field URI, whether the Default shape has it, the kinds of item
 * that carry it, and how to write it. A writer writes nothing when the item has no value.
 */
record ItemProperty(String fieldUri, boolean inDefault, Set<ItemKind> kinds, Writer writer) {

    @FunctionalInterface
    interface Writer {
        void write(XmlWriter xml, MailItem item, ResponseShape shape);
    }

    /** A property without a field URI (the extended properties) is always consulted; its writer decides. */
    boolean wantedBy(ResponseShape shape) {
        return fieldUri == null || shape.wants(fieldUri, inDefault);
    }
}
