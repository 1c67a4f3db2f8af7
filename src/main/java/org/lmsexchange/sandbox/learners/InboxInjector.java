package org.lmsexchange.sandbox.learners;

import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.MailboxStore;

/**
 * Puts into the organizer's inbox the mail a real service account receives besides meeting responses, so that a
 * connector can be shown to skip it: ordinary mail, out-of-office replies, non-delivery reports, and answers to
 * meetings this organizer never sent. Each method runs in one store transaction and returns the new item's id.
 */
public final class InboxInjector {

    static final String OUT_OF_OFFICE_CLASS = "IPM.Note.Rules.OofTemplate.Microsoft";
    static final String NON_DELIVERY_CLASS = "REPORT.IPM.Note.NDR";

    private final MailboxStore store;
    private final EmailAddress organizer;

    public InboxInjector(MailboxStore store, EmailAddress organizer) {
        this.store = store;
        this.organizer = organizer;
    }

    /** An ordinary e-mail. */
    public String mail(String from, String subject, String body) {
        return deliverMessage(ItemKind.MESSAGE.defaultItemClass(), EmailAddress.of(from), subject, body);
    }

    /** An automatic reply, as an attendee's out-of-office rule sends it; the subject defaults to "Automatic reply". */
    public String outOfOffice(String from, String subject, String body) {
        return deliverMessage(OUT_OF_OFFICE_CLASS, EmailAddress.of(from),
                subject != null ? subject : "Automatic reply", body);
    }

    /** A non-delivery report from the organizer's own mail system: mail to {@code failedRecipient} bounced. */
    public String nonDelivery(String failedRecipient, String originalSubject, String body) {
        EmailAddress postmaster = new EmailAddress("Microsoft Outlook", "postmaster@" + organizerDomain());
        return deliverMessage(NON_DELIVERY_CLASS, postmaster,
                "Undeliverable: " + (originalSubject == null ? "" : originalSubject),
                body != null ? body : "Your message to " + failedRecipient + " couldn't be delivered.");
    }

    /** A meeting response to a meeting this organizer never sent: unknown uid, no calendar item behind it. */
    public String foreignResponse(String from, String meetingSubject, Answer answer) {
        return store.inTransaction((MailboxStore s) -> {
            MailItem response = MeetingResponses.newResponse(s, answer, EmailAddress.of(from), organizer,
                    meetingSubject, s.now());
            response.uid = s.ids().newUid();
            return s.deliver(organizer, response).id;
        });
    }

    private String deliverMessage(String itemClass, EmailAddress from, String subject, String body) {
        return store.inTransaction((MailboxStore s) -> {
            MailItem message = new MailItem(s.ids().newItemId(), ItemKind.MESSAGE);
            message.itemClass = itemClass;
            message.from = from;
            message.sender = from;
            message.toRecipients.add(organizer);
            message.subject = subject;
            message.body = body;
            message.dateTimeCreated = s.now();
            message.dateTimeSent = s.now();
            return s.deliver(organizer, message).id;
        });
    }

    private String organizerDomain() {
        String address = organizer.address();
        return address.substring(address.indexOf('@') + 1);
    }
}
