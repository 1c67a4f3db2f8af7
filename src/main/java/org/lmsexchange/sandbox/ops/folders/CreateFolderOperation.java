package org.lmsexchange.sandbox.ops.folders;

import java.util.List;
import org.lmsexchange.sandbox.ops.SoapOperation;
import org.lmsexchange.sandbox.ops.OperationContext;
import org.lmsexchange.sandbox.ops.ResponseMessages;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.Mailbox;
import org.w3c.dom.Element;

/**
 * CreateFolder: makes each folder of m:Folders under m:ParentFolderId, one response message per folder with its
 * new t:FolderId. A name already used under the same parent (ignoring case) is ErrorFolderExists.
 */
public final class CreateFolderOperation implements SoapOperation {

    @Override
    public String name() {
        return "CreateFolder";
    }

    @Override
    public void execute(OperationContext context, Element request, XmlWriter response) {
        Folder parent = context.folderIn(Dom.requiredChild(request, "ParentFolderId"));
        Mailbox owner = FolderTree.owner(context, parent);
        List<Element> folders = Dom.children(Dom.requiredChild(request, "Folders"));
        ResponseMessages.write(response, name(), messages -> {
            for (Element folder : folders) {
                messages.item(() -> {
                    Folder created = create(context, owner, parent, folder);
                    // answered under the element the client sent (t:Folder, ...): it insists the two match
                    return xml -> xml.start("m:Folders").start("t:" + folder.getLocalName())
                            .empty("t:FolderId", "Id", created.id()).end().end();
                });
            }
        });
    }

    private static Folder create(OperationContext context, Mailbox owner, Folder parent, Element folder) {
        String displayName = Dom.childText(folder, "DisplayName").filter(n -> !n.isEmpty()).orElseThrow(() ->
                EwsException.schemaValidation("a new folder needs a t:DisplayName"));
        boolean taken = FolderTree.children(owner, parent).stream()
                .anyMatch(f -> f.displayName().equalsIgnoreCase(displayName));
        if (taken) {
            throw new EwsException("ErrorFolderExists",
                    "A folder named \"" + displayName + "\" already exists under \"" + parent.displayName() + "\".");
        }
        return owner.addFolder(new Folder(context.store().ids().newFolderId(), null, displayName, parent.id()));
    }
}
