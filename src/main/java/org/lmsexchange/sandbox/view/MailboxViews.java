package org.lmsexchange.sandbox.view;

import java.util.List;
import java.util.Optional;
import org.lmsexchange.sandbox.learners.OrganizerCalendar;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailboxStore;

/**
 * Read-only views of the sandbox's mailboxes, for tests, the demo and the HTTP inspection API. Each method takes
 * its snapshot inside one store transaction, so a view never shows half of an EWS request's work.
 */
public final class MailboxViews {

    private final MailboxStore store;
    private final EmailAddress organizer;

    public MailboxViews(MailboxStore store, EmailAddress organizer) {
        this.store = store;
        this.organizer = organizer;
    }

    /** The addresses of all mailboxes, sorted. A learner's mailbox exists once mail has reached it. */
    public List<String> addresses() {
        return store.inTransaction((MailboxStore s) ->
                s.mailboxes().stream().map(m -> m.address().address()).sorted().toList());
    }

    public Optional<MailboxView> mailbox(String address) {
        return store.inTransaction((MailboxStore s) -> s.existingMailbox(address).map(MailboxView::of));
    }

    /** The organizer's meetings, with each attendee's last answer. */
    public List<ItemView> meetings() {
        return store.inTransaction((MailboxStore s) -> calendar(s).meetings().stream().map(ItemView::of).toList());
    }

    /** The organizer's meeting with this subject (see {@link OrganizerCalendar#bySubject}). */
    public ItemView meeting(String subject) {
        return store.inTransaction((MailboxStore s) -> ItemView.of(calendar(s).bySubject(subject)));
    }

    /** What reached a learner's inbox from the organizer: meeting requests, updates and cancellations. */
    public List<ItemView> received(String learner) {
        return store.inTransaction((MailboxStore s) -> s.existingMailbox(learner)
                .map(m -> m.inbox().items().stream()
                        .filter(i -> i.kind == ItemKind.MEETING_REQUEST || i.kind == ItemKind.MEETING_CANCELLATION)
                        .map(ItemView::of)
                        .toList())
                .orElse(List.of()));
    }

    private OrganizerCalendar calendar(MailboxStore s) {
        return new OrganizerCalendar(s.mailbox(organizer));
    }
}
