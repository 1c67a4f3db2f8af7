package org.lmsexchange.sandbox.ops.items;

import java.util.Set;
import java.util.stream.Collectors;
import org.lmsexchange.sandbox.ops.SoapOperation;
import org.lmsexchange.sandbox.ops.ItemRenderer;
import org.lmsexchange.sandbox.ops.OperationContext;
import org.lmsexchange.sandbox.ops.ResponseMessages;
import org.lmsexchange.sandbox.ops.ResponseShape;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.Folder;
import org.w3c.dom.Element;

/**
 * SyncFolderItems: what changed in a folder since the client's m:SyncState (everything, on a first call without
 * one), at most m:MaxChangesReturned items per call, answered as m:SyncState, m:IncludesLastItemInRange and
 * m:Changes with t:Create / t:Update (the item in the requested shape) and t:Delete (its t:ItemId).
 */
public final class SyncFolderItemsOperation implements SoapOperation {

    /** Exchange's own bounds for MaxChangesReturned. */
    private static final int MAX_CHANGES = 512;

    @Override
    public String name() {
        return "SyncFolderItems";
    }

    @Override
    public void execute(OperationContext context, Element request, XmlWriter response) {
        ResponseShape shape = ResponseShape.parse(Dom.requiredChild(request, "ItemShape"));
        Element folderId = Dom.requiredChild(request, "SyncFolderId");
        int max = maxChanges(Dom.childText(request, "MaxChangesReturned").orElseThrow(() ->
                EwsException.schemaValidation("SyncFolderItems needs m:MaxChangesReturned")));
        Set<String> ignored = Dom.child(request, "Ignore").stream()
                .flatMap(ignore -> Dom.children(ignore).stream())
                .map(id -> Dom.requiredAttribute(id, "Id"))
                .collect(Collectors.toSet());
        ResponseMessages.write(response, name(), messages -> messages.item(() -> {
            Folder folder = context.folderIn(folderId);
            long since = Dom.childText(request, "SyncState").filter(s -> !s.isEmpty())
                    .map(state -> SyncState.decode(state, folder)).orElse(0L);
            SyncBatch batch = SyncBatch.after(folder, since, max, ignored);
            return xml -> writeBatch(xml, folder, batch, shape);
        }));
    }

    private static void writeBatch(XmlWriter xml, Folder folder, SyncBatch batch, ResponseShape shape) {
        xml.element("m:SyncState", SyncState.encode(folder, batch.lastSequence()))
                .element("m:IncludesLastItemInRange", batch.includesLast())
                .start("m:Changes");
        batch.changes().forEach((itemId, type) -> {
            xml.start("t:" + type.name());
            if (type == Folder.ChangeType.Delete) {
                xml.empty("t:ItemId", "Id", itemId);
            } else {
                ItemRenderer.write(xml, folder.item(itemId), shape);
            }
            xml.end();
        });
        xml.end();
    }

    private static int maxChanges(String text) {
        try {
            int max = Integer.parseInt(text);
            if (max >= 1 && max <= MAX_CHANGES) {
                return max;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw EwsException.schemaValidation("MaxChangesReturned must be a number from 1 to " + MAX_CHANGES + ": " + text);
    }
}
