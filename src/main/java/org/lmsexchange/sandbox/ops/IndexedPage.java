package org.lmsexchange.sandbox.ops;

import java.util.List;
import java.util.Optional;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.w3c.dom.Element;

/**
 * One page of a FindItem / FindFolder answer, cut as m:IndexedPageItemView / m:IndexedPageFolderView asks
 * (MaxEntriesReturned, Offset, BasePoint Beginning or End), and the m:RootFolder attributes that tell the client
 * where the next page starts. Without a view the whole result is one page.
 */
public record IndexedPage<T>(List<T> items, int nextOffset, boolean includesLast, int total) {

    /** Cuts the page out of the whole, already filtered and sorted, result. */
    public static <T> IndexedPage<T> of(Optional<Element> view, List<T> all) {
        int total = all.size();
        int max = view.flatMap(v -> Dom.attribute(v, "MaxEntriesReturned")).map(v -> number(v, "MaxEntriesReturned"))
                .orElse(Integer.MAX_VALUE);
        int offset = view.flatMap(v -> Dom.attribute(v, "Offset")).map(v -> number(v, "Offset")).orElse(0);
        boolean fromEnd = view.flatMap(v -> Dom.attribute(v, "BasePoint")).map("End"::equals).orElse(false);
        if (max < 1) {
            throw EwsException.schemaValidation("MaxEntriesReturned must be at least 1");
        }
        int start;
        int end;
        if (fromEnd) { // Offset counts back from the last item; the page lies just before that point
            end = Math.max(0, total - offset);
            start = (int) Math.max(0, (long) end - max);
        } else {
            start = Math.min(total, offset);
            end = (int) Math.min(total, (long) start + max);
        }
        List<T> page = all.subList(start, end);
        boolean includesLast = fromEnd ? start == 0 : end == total;
        return new IndexedPage<>(page, offset + page.size(), includesLast, total);
    }

    /** Opens m:RootFolder with the paging attributes; the caller writes the items and closes it. */
    public void openRootFolder(XmlWriter xml) {
        xml.start("m:RootFolder",
                "IndexedPagingOffset", Integer.toString(nextOffset),
                "TotalItemsInView", Integer.toString(total),
                "IncludesLastItemInRange", Boolean.toString(includesLast));
    }

    private static int number(String text, String what) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0) {
                throw EwsException.schemaValidation(what + " must not be negative: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw EwsException.schemaValidation(what + " is not a number: " + text);
        }
    }
}
