package org.lmsexchange.sandbox.ops.items;

import java.util.Map;
import java.util.function.Function;
import org.lmsexchange.sandbox.ops.ExtendedFieldUri;
import org.lmsexchange.sandbox.ops.Restriction;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.store.ExtendedProperty;
import org.lmsexchange.sandbox.store.ExtendedPropertyKey;
import org.lmsexchange.sandbox.store.MailItem;
import org.w3c.dom.Element;

/** The item properties a FindItem restriction can test: the item class, the subject and extended properties. */
final class ItemFields implements Restriction.Fields<MailItem> {

    private static final Map<String, Function<MailItem, String>> TEXT = Map.of(
            "item:ItemClass", item -> item.itemClass,
            "item:Subject", item -> item.subject);

    @Override
    public Function<MailItem, String> resolve(Element path) {
        if (ExtendedFieldUri.ELEMENT.equals(path.getLocalName())) {
            ExtendedPropertyKey key = ExtendedFieldUri.parse(path);
            return item -> item.extendedProperty(key).map(ExtendedProperty::value).orElse(null);
        }
        Function<MailItem, String> field = "FieldURI".equals(path.getLocalName())
                ? TEXT.get(Dom.requiredAttribute(path, "FieldURI")) : null;
        if (field == null) {
            throw Restriction.unsupportedPath(path);
        }
        return field;
    }
}
