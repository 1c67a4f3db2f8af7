package org.lmsexchange.sandbox.learners;

import java.util.List;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.Mailbox;
import org.lmsexchange.sandbox.store.MailItem;

/** Finds the organizer's meetings (calendar items) by uid or subject. Use under the store's lock. */
public final class OrganizerCalendar {

    private final Mailbox organizer;

    public OrganizerCalendar(Mailbox organizer) {
        this.organizer = organizer;
    }

    public List<MailItem> meetings() {
        return organizer.calendar().items().stream().filter(i -> i.kind == ItemKind.CALENDAR_ITEM).toList();
    }

    public MailItem byUid(String uid) {
        return meetings().stream().filter(m -> uid.equals(m.uid)).findFirst().orElseThrow(() ->
                new UnknownMeetingException("the organizer " + organizer.address().address()
                        + " has no meeting with uid " + uid));
    }

    /**
     * The one meeting with this subject. When several share it (a course run twice, one run cancelled), the one
     * still on is meant; if that is still not one meeting, the caller has to name it by uid.
     */
    public MailItem bySubject(String subject) {
        List<MailItem> matches = meetings().stream().filter(m -> subject.equals(m.subject)).toList();
        if (matches.size() > 1) {
            matches = matches.stream().filter(m -> !m.cancelled).toList();
        }
        if (matches.isEmpty()) {
            throw new UnknownMeetingException("the organizer " + organizer.address().address()
                    + " has no meeting with subject '" + subject + "'");
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException("several meetings have the subject '" + subject
                    + "'; name one by uid: " + matches.stream().map(m -> m.uid).toList());
        }
        return matches.get(0);
    }
}
