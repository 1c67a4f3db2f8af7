package org.lmsexchange.sandbox.ops;

import java.util.function.Consumer;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.w3c.dom.Element;

/**
 * CreateItem for the organizer's side of meetings: a t:CalendarItem creates a meeting (and invites its
 * attendees), a t:CancelCalendarItem cancels one. Every item of the request gets its own response message.
 */
public final class CreateItemOperation implements SoapOperation {

    @Override
    public String name() {
        return "CreateItem";
    }

    @Override
    public void execute(OperationContext context, Element request, XmlWriter response) {
        Element items = Dom.requiredChild(request, "Items");
        MeetingMailMode.Attribute invitations = MeetingMailMode.of(request, "SendMeetingInvitations",
                "ErrorSendMeetingInvitationsRequired",
                MeetingMailMode.SendToNone, MeetingMailMode.SendOnlyToAll, MeetingMailMode.SendToAllAndSaveCopy);
        ResponseMessages.write(response, name(), messages -> {
            for (Element item : Dom.children(items)) {
                messages.item(() -> switch (item.getLocalName()) {
                    case "CalendarItem" -> createMeeting(context, request, item, invitations);
                    case "CancelCalendarItem" -> cancelMeeting(context, request, item);
                    default -> throw EwsException.invalidOperation("The sandbox creates CalendarItem and "
                            + "CancelCalendarItem items only, not " + item.getLocalName() + ".");
                });
            }
        });
    }

    private Consumer<XmlWriter> createMeeting(OperationContext context, Element request, Element element,
                                              MeetingMailMode.Attribute invitations) {
        MeetingMailMode mode = invitations.required();
        Folder folder = Dom.child(request, "SavedItemFolderId").map(context::folderIn)
                .orElse(context.mailbox().calendar());
        MailItem meeting = new MailItem(context.store().ids().newItemId(), ItemKind.CALENDAR_ITEM);
        CalendarItemReader.set(element, meeting);
        CalendarItemReader.validate(meeting);
        if (meeting.uid == null) {
            meeting.uid = context.store().ids().newUid();
        }
        meeting.organizer = context.mailbox().address();
        meeting.dateTimeCreated = context.now();
        folder.add(meeting);
        if (mode.sendsMail()) {
            new MeetingMail(context).sendRequests(meeting, meeting.allAttendees(), MeetingMail.NEW_MEETING_REQUEST,
                    mode.savesCopy());
        }
        return ItemIdsResponse.of(meeting);
    }

    /**
     * What {@code appointment.cancelMeeting()} sends: the attendees are told, and the calendar item, marked
     * cancelled, goes to Deleted Items as on Exchange. The answer holds no items (the client expects none when
     * the message is sent).
     */
    private Consumer<XmlWriter> cancelMeeting(OperationContext context, Element request, Element element) {
        OwnItem target = OwnItem.find(context, Dom.requiredChild(element, "ReferenceItemId"));
        MailItem meeting = target.item();
        if (meeting.kind != ItemKind.CALENDAR_ITEM) {
            throw EwsException.invalidOperation("ReferenceItemId must name a calendar item to cancel.");
        }
        if (!context.mailbox().address().sameMailbox(meeting.organizer)) {
            throw new EwsException("ErrorCalendarIsNotOrganizer",
                    "Only the organizer can cancel a meeting; " + context.mailbox().address().address() + " is not.");
        }
        String body = Dom.child(element, "NewBodyContent").map(Element::getTextContent).orElse(null);
        new MeetingMail(context).cancelMeeting(meeting, disposition(request), body);
        target.moveTo(context.mailbox().deletedItems());
        return xml -> xml.empty("m:Items");
    }

    /** A cancellation is a message, so MessageDisposition, not SendMeetingInvitations, says whom it reaches. */
    private static MeetingMailMode disposition(Element request) {
        String disposition = Dom.attribute(request, "MessageDisposition").orElseThrow(() -> new EwsException(
                "ErrorMessageDispositionRequired", "MessageDisposition is required to cancel a meeting."));
        return switch (disposition) {
            case "SaveOnly" -> MeetingMailMode.SendToNone;
            case "SendOnly" -> MeetingMailMode.SendOnlyToAll;
            case "SendAndSaveCopy" -> MeetingMailMode.SendToAllAndSaveCopy;
            default -> throw EwsException.schemaValidation("unknown MessageDisposition " + disposition);
        };
    }
}
