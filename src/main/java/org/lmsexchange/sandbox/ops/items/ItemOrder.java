package org.lmsexchange.sandbox.ops.items;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.lmsexchange.sandbox.ops.Restriction;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.store.MailItem;
import org.w3c.dom.Element;

/**
 * The order m:SortOrder asks for: t:FieldOrder elements, most significant first, each Ascending or Descending on
 * a date or the subject. Items that compare equal keep their arrival order, which is also the order without
 * m:SortOrder.
 */
final class ItemOrder {

    private static final Map<String, Function<MailItem, Instant>> DATES = Map.of(
            "item:DateTimeReceived", item -> item.dateTimeReceived,
            "item:DateTimeSent", item -> item.dateTimeSent,
            "item:DateTimeCreated", item -> item.dateTimeCreated,
            "calendar:Start", item -> item.start);

    private ItemOrder() {
    }

    static Comparator<MailItem> parse(Element request) {
        Comparator<MailItem> order = (a, b) -> 0;
        Element sortOrder = Dom.child(request, "SortOrder").orElse(null);
        if (sortOrder != null) {
            for (Element fieldOrder : Dom.children(sortOrder, "FieldOrder")) {
                order = order.thenComparing(fieldOrder(fieldOrder));
            }
        }
        return order;
    }

    private static Comparator<MailItem> fieldOrder(Element fieldOrder) {
        Element path = Dom.requiredChild(fieldOrder, "FieldURI");
        String fieldUri = Dom.requiredAttribute(path, "FieldURI");
        Comparator<MailItem> ascending;
        if (DATES.containsKey(fieldUri)) {
            ascending = Comparator.comparing(DATES.get(fieldUri), Comparator.nullsFirst(Comparator.naturalOrder()));
        } else if ("item:Subject".equals(fieldUri)) {
            ascending = Comparator.comparing(item -> item.subject,
                    Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        } else {
            throw Restriction.unsupportedPath(path);
        }
        String direction = Dom.attribute(fieldOrder, "Order").orElse("Ascending");
        return switch (direction) {
            case "Ascending" -> ascending;
            case "Descending" -> ascending.reversed();
            default -> throw EwsException.schemaValidation("Order must be Ascending or Descending, not " + direction);
        };
    }
}
