package org.lmsexchange.sandbox.ops;

import java.util.function.Consumer;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.w3c.dom.Element;

/**
 * UpdateItem: applies each t:ItemChange's SetItemField / AppendToItemField / DeleteItemField updates to an item
 * of the acting mailbox, gives it a new ChangeKey and, for a meeting it organizes, mails the attendees as
 * SendMeetingInvitationsOrCancellations asks.
 */
public final class UpdateItemOperation implements SoapOperation {

    private enum ConflictResolution { NeverOverwrite, AutoResolve, AlwaysOverwrite }

    @Override
    public String name() {
        return "UpdateItem";
    }

    @Override
    public void execute(OperationContext context, Element request, XmlWriter response) {
        ConflictResolution conflicts = conflictResolution(request);
        MeetingMailMode.Attribute mail = MeetingMailMode.of(request, "SendMeetingInvitationsOrCancellations",
                "ErrorSendMeetingInvitationsOrCancellationsRequired", MeetingMailMode.values());
        Element changes = Dom.requiredChild(request, "ItemChanges");
        ResponseMessages.write(response, name(), messages -> {
            for (Element change : Dom.children(changes, "ItemChange")) {
                messages.item(() -> update(context, change, conflicts, mail));
            }
        });
    }

    private Consumer<XmlWriter> update(OperationContext context, Element change, ConflictResolution conflicts,
                                       MeetingMailMode.Attribute mail) {
        Element itemId = Dom.requiredChild(change, "ItemId");
        OwnItem target = OwnItem.find(context, itemId);
        MailItem item = target.item();
        String sentKey = Dom.attribute(itemId, "ChangeKey").orElse(item.changeKey());
        if (conflicts == ConflictResolution.NeverOverwrite && !sentKey.equals(item.changeKey())) {
            throw new EwsException("ErrorIrresolvableConflict",
                    "The item was changed since the ChangeKey the request sent; NeverOverwrite keeps it as it is.");
        }
        boolean meeting = item.kind == ItemKind.CALENDAR_ITEM;
        MeetingMailMode mode = meeting ? mail.required() : MeetingMailMode.SendToNone;
        Element updates = Dom.requiredChild(change, "Updates");

        // The updates are tried on a copy first, so that an invalid one (say an End before the Start) leaves the
        // stored item untouched, as Exchange does.
        MailItem before = item.copy();
        MailItem trial = item.copy();
        apply(updates, trial);
        if (meeting) {
            CalendarItemReader.validate(trial);
        }
        apply(updates, item);
        if (meeting) {
            RecordedAnswers.afterUpdate(before, item);
        }
        item.touch();
        target.folder().updated(item);
        if (meeting && context.mailbox().address().sameMailbox(item.organizer)) {
            new MeetingMail(context).announceUpdate(before, item, mode);
        }
        return xml -> {
            ItemIdsResponse.of(item).accept(xml);
            // the client fails to parse an UpdateItem answer without ConflictResults
            xml.start("m:ConflictResults").element("t:Count", "0").end();
        };
    }

    private static void apply(Element updates, MailItem item) {
        for (Element update : Dom.children(updates)) {
            switch (update.getLocalName()) {
                case "SetItemField" -> CalendarItemReader.set(newValue(update), item);
                case "AppendToItemField" -> CalendarItemReader.append(newValue(update), item);
                case "DeleteItemField" -> CalendarItemReader.delete(fieldUri(update), item);
                default -> throw EwsException.schemaValidation("unknown update " + update.getLocalName());
            }
        }
    }

    /** The item element (t:CalendarItem, t:Message, ...) beside the field URI, holding the new value. */
    private static Element newValue(Element update) {
        return Dom.children(update).stream().filter(e -> !isFieldUri(e)).findFirst().orElseThrow(() ->
                EwsException.schemaValidation(update.getLocalName() + " carries no item with the new value"));
    }

    private static Element fieldUri(Element update) {
        return Dom.children(update).stream().filter(UpdateItemOperation::isFieldUri).findFirst().orElseThrow(() ->
                EwsException.schemaValidation(update.getLocalName() + " names no field"));
    }

    private static boolean isFieldUri(Element e) {
        return e.getLocalName().endsWith("FieldURI");
    }

    private static ConflictResolution conflictResolution(Element request) {
        String value = Dom.attribute(request, "ConflictResolution").orElse(ConflictResolution.AutoResolve.name());
        try {
            return ConflictResolution.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw EwsException.schemaValidation("unknown ConflictResolution " + value);
        }
    }
}
