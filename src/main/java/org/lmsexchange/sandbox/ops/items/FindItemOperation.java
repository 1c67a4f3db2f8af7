package org.lmsexchange.sandbox.ops.items;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.lmsexchange.sandbox.ops.SoapOperation;
import org.lmsexchange.sandbox.ops.IndexedPage;
import org.lmsexchange.sandbox.ops.ItemRenderer;
import org.lmsexchange.sandbox.ops.OperationContext;
import org.lmsexchange.sandbox.ops.ResponseMessages;
import org.lmsexchange.sandbox.ops.ResponseShape;
import org.lmsexchange.sandbox.ops.Restriction;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.MailItem;
import org.w3c.dom.Element;

/**
 * FindItem with Traversal="Shallow": the items of each folder in m:ParentFolderIds that pass the m:Restriction,
 * in m:SortOrder, one m:IndexedPageItemView page of them, answered as
 * {@code m:RootFolder IndexedPagingOffset TotalItemsInView IncludesLastItemInRange / t:Items}.
 */
public final class FindItemOperation implements SoapOperation {

    @Override
    public String name() {
        return "FindItem";
    }

    @Override
    public void execute(OperationContext context, Element request, XmlWriter response) {
        String traversal = Dom.attribute(request, "Traversal").orElse("Shallow");
        if (!"Shallow".equals(traversal)) {
            throw EwsException.invalidOperation("The sandbox finds items with Traversal=\"Shallow\" only, not "
                    + traversal + ".");
        }
        Optional<Element> view = Dom.child(request, "IndexedPageItemView");
        if (view.isEmpty() && Dom.children(request).stream().anyMatch(e -> e.getLocalName().endsWith("View"))) {
            throw EwsException.invalidOperation("The sandbox pages FindItem with m:IndexedPageItemView only.");
        }
        ResponseShape shape = ResponseShape.parse(Dom.requiredChild(request, "ItemShape"));
        List<Element> folders = Dom.children(Dom.requiredChild(request, "ParentFolderIds"));
        ResponseMessages.write(response, name(), messages -> {
            for (Element folderId : folders) {
                messages.item(() -> {
                    // a restriction or order the sandbox cannot evaluate fails the message, as on Exchange
                    Predicate<MailItem> restriction = Restriction.parse(request, new ItemFields());
                    Comparator<MailItem> order = ItemOrder.parse(request);
                    Folder folder = context.folder(folderId);
                    List<MailItem> found = folder.items().stream().filter(restriction).sorted(order).toList();
                    IndexedPage<MailItem> page = IndexedPage.of(view, found);
                    return xml -> writePage(xml, page, shape);
                });
            }
        });
    }

    private static void writePage(XmlWriter xml, IndexedPage<MailItem> page, ResponseShape shape) {
        page.openRootFolder(xml);
        xml.start("t:Items");
        page.items().forEach(item -> ItemRenderer.write(xml, item, shape));
        xml.end().end();
    }
}
