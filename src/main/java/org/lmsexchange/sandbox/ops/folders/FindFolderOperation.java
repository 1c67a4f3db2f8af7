package org.lmsexchange.sandbox.ops.folders;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lmsexchange.sandbox.ops.SoapOperation;
import org.lmsexchange.sandbox.ops.IndexedPage;
import org.lmsexchange.sandbox.ops.OperationContext;
import org.lmsexchange.sandbox.ops.ResponseMessages;
import org.lmsexchange.sandbox.ops.ResponseShape;
import org.lmsexchange.sandbox.ops.Restriction;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.Mailbox;
import org.w3c.dom.Element;

/**
 * FindFolder: the folders under each m:ParentFolderIds folder (Traversal Shallow: its children, Deep: the whole
 * subtree) that pass the m:Restriction (on folder:DisplayName), answered as
 * {@code m:RootFolder / t:Folders}.
 */
public final class FindFolderOperation implements SoapOperation {

    private static final Map<String, Function<Folder, String>> FIELDS = Map.of(
            "folder:DisplayName", Folder::displayName);

    @Override
    public String name() {
        return "FindFolder";
    }

    @Override
    public void execute(OperationContext context, Element request, XmlWriter response) {
        String traversal = Dom.attribute(request, "Traversal").orElse("Shallow");
        if (!traversal.equals("Shallow") && !traversal.equals("Deep")) {
            throw EwsException.invalidOperation("FindFolder supports Traversal Shallow and Deep, not " + traversal + ".");
        }
        ResponseShape shape = ResponseShape.parse(Dom.requiredChild(request, "FolderShape"));
        Optional<Element> view = Dom.child(request, "IndexedPageFolderView");
        List<Element> parents = Dom.children(Dom.requiredChild(request, "ParentFolderIds"));
        ResponseMessages.write(response, name(), messages -> {
            for (Element parentId : parents) {
                messages.item(() -> {
                    Predicate<Folder> restriction = Restriction.parse(request, FindFolderOperation::field);
                    Folder parent = context.folder(parentId);
                    Mailbox owner = FolderTree.owner(context, parent);
                    List<Folder> candidates = traversal.equals("Deep")
                            ? FolderTree.descendants(owner, parent) : FolderTree.children(owner, parent);
                    IndexedPage<Folder> page = IndexedPage.of(view, candidates.stream().filter(restriction).toList());
                    return xml -> {
                        page.openRootFolder(xml);
                        xml.start("t:Folders");
                        page.items().forEach(f -> FolderRenderer.write(xml, owner, f, shape));
                        xml.end().end();
                    };
                });
            }
        });
    }

    private static Function<Folder, String> field(Element path) {
        Function<Folder, String> field = FIELDS.get(Dom.attribute(path, "FieldURI").orElse(""));
        if (field == null) {
            throw Restriction.unsupportedPath(path);
        }
        return field;
    }
}
