package org.lmsexchange.sandbox.ops;

import java.util.List;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.w3c.dom.Element;

/**
 * DeleteItem: removes items of the acting mailbox (HardDelete, SoftDelete) or moves them to Deleted Items
 * (MoveToDeletedItems; from Deleted Items itself that removes them). Deleting a meeting the mailbox organizes
 * tells its attendees, as SendMeetingCancellations asks. One response message per item id.
 */
public final class DeleteItemOperation implements SoapOperation {

    private enum DeleteType { HardDelete, SoftDelete, MoveToDeletedItems }

    @Override
    public String name() {
        return "DeleteItem";
    }

    @Override
    public void execute(OperationContext context, Element request, XmlWriter response) {
        DeleteType type = deleteType(request);
        MeetingMailMode.Attribute cancellations = MeetingMailMode.of(request, "SendMeetingCancellations",
                "ErrorSendMeetingCancellationsRequired",
                MeetingMailMode.SendToNone, MeetingMailMode.SendOnlyToAll, MeetingMailMode.SendToAllAndSaveCopy);
        List<Element> ids = OwnItem.idsIn(request, "ItemIds");
        ResponseMessages.write(response, name(), messages -> {
            for (Element itemId : ids) {
                messages.item(() -> {
                    delete(context, OwnItem.find(context, itemId), type, cancellations);
                    return xml -> { };
                });
            }
        });
    }

    private void delete(OperationContext context, OwnItem target, DeleteType type,
                        MeetingMailMode.Attribute cancellations) {
        MailItem item = target.item();
        if (item.kind == ItemKind.CALENDAR_ITEM) {
            MeetingMailMode mode = cancellations.required();
            if (!item.cancelled && context.mailbox().address().sameMailbox(item.organizer)) {
                new MeetingMail(context).cancelMeeting(item, mode, null);
            }
        }
        Folder deletedItems = context.mailbox().deletedItems();
        if (type == DeleteType.MoveToDeletedItems && target.folder() != deletedItems) {
            target.moveTo(deletedItems);
        } else {
            target.folder().remove(item.id);
        }
    }

    private static DeleteType deleteType(Element request) {
        String value = Dom.requiredAttribute(request, "DeleteType");
        try {
            return DeleteType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw EwsException.schemaValidation("unknown DeleteType " + value);
        }
    }
}
