package org.lmsexchange.sandbox.ops.folders;

import org.lmsexchange.sandbox.ops.ResponseShape;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.Mailbox;

/**
 * Writes a folder as t:Folder (t:CalendarFolder for the calendar, so the client makes a CalendarFolder of it) with
 * the properties of its shape in FolderType's schema order: FolderId, ParentFolderId, FolderClass, DisplayName,
 * TotalCount, ChildFolderCount.
 */
final class FolderRenderer {

    /** Folders have no change history in the sandbox, so their change key never changes. */
    private static final String CHANGE_KEY = "AQAAABYAAAA=";

    private FolderRenderer() {
    }

    static void write(XmlWriter xml, Mailbox mailbox, Folder folder, ResponseShape shape) {
        String element = elementName(folder);
        xml.start("t:" + element);
        xml.empty("t:FolderId", "Id", folder.id(), "ChangeKey", CHANGE_KEY);
        if (folder.parentId() != null && shape.wants("folder:ParentFolderId", false)) {
            xml.empty("t:ParentFolderId", "Id", folder.parentId(), "ChangeKey", CHANGE_KEY);
        }
        if (shape.wants("folder:FolderClass", false)) {
            xml.element("t:FolderClass", Mailbox.CALENDAR.equals(folder.distinguishedName()) ? "IPF.Appointment" : "IPF.Note");
        }
        if (shape.wants("folder:DisplayName", true)) {
            xml.element("t:DisplayName", folder.displayName());
        }
        if (shape.wants("folder:TotalCount", true)) {
            xml.element("t:TotalCount", Integer.toString(folder.items().size()));
        }
        if (shape.wants("folder:ChildFolderCount", true)) {
            long children = mailbox.folders().stream().filter(f -> folder.id().equals(f.parentId())).count();
            xml.element("t:ChildFolderCount", Long.toString(children));
        }
        xml.end();
    }

    static String elementName(Folder folder) {
        return Mailbox.CALENDAR.equals(folder.distinguishedName()) ? "CalendarFolder" : "Folder";
    }
}
