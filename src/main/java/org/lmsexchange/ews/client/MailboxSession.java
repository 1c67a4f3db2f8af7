package org.lmsexchange.ews.client;

import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import org.lmsexchange.ews.model.AttendeesToAdd;
import org.lmsexchange.ews.model.AttendeesToRemove;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.DeleteResult;
import org.lmsexchange.ews.model.MeetingAttendance;
import org.lmsexchange.ews.model.MeetingUpdate;
import org.lmsexchange.ews.model.NewMeeting;

/**
 * One operation's calls on the configured mailbox, over one ExchangeService that {@link #close} closes: what the
 * component's consumer and producer ask of Exchange, in the component's own types, so that ews-java-api's types stay
 * in this package. Busy answers are retried and a refused OAuth2 token is renewed once ({@link BusyRetry}).
 * Not thread-safe, like the service it wraps: one per operation.
 */
public final class MailboxSession implements AutoCloseable {

    private final ExchangeService service;
    private final BusyRetry retry;
    private final String mailbox;
    private final ExtendedPropertyDefinition marker;

    MailboxSession(ExchangeService service, BusyRetry retry, String mailbox, ExtendedPropertyDefinition marker) {
        this.service = service;
        this.retry = retry;
        this.mailbox = mailbox;
        this.marker = marker;
    }

    /** Creates the meeting in the mailbox's calendar and sends the invitations. */
    public CreatedMeeting createMeeting(NewMeeting meeting) {
        return calendar().create(meeting);
    }

    /** Every meeting created for the event (marked with its id), the earliest created first. */
    public List<CreatedMeeting> findMeetings(String eventId) {
        return calendar().findAll(eventId);
    }

    /** Cancels the meeting as its organizer; {@code text} (optional) is what the attendees read. */
    public void cancelMeeting(CreatedMeeting meeting, String text) {
        calendar().cancel(meeting, text);
    }

    /** Gives the meeting new fields and sends every attendee an update; the meeting with its new ChangeKey. */
    public CreatedMeeting updateMeeting(MeetingUpdate update) {
        return changes().update(update);
    }

    /** Invites those not yet attendees, and only them; the meeting with its new ChangeKey. */
    public CreatedMeeting addAttendees(AttendeesToAdd addition) {
        return changes().addAttendees(addition);
    }

    /** Takes those addresses off the meeting and sends only them a cancellation; the meeting with its new ChangeKey. */
    public CreatedMeeting removeAttendees(AttendeesToRemove removal) {
        return changes().removeAttendees(removal);
    }

    /** The meeting's attendees and the answers recorded for them on its calendar item; mails nobody. */
    public MeetingAttendance readAttendance(CreatedMeeting meeting) {
        return new MeetingAttendees(service, retry).read(meeting);
    }

    /** The ids of the inbox's meeting responses at {@code offset}, at most {@code pageSize} of them. */
    public InboxResponses.Page findResponses(int offset, int pageSize) {
        InboxResponses inbox = inbox();
        return retry.run("listing meeting responses", () -> inbox.find(offset, pageSize));
    }

    /** The responses read and judged: the replies to hand over and the responses set aside ({@link ResponseReader}). */
    public ResponseReader.Result readResponses(List<String> itemIds, TrustedReplies trust, ItemWarnings warnings)
            throws Exception {
        return new ResponseReader(inbox(), retry, trust, warnings).read(itemIds);
    }

    /** Deletes the items in one batch; {@code what} names the call in a failure ("deleting 3 processed responses"). */
    public DeleteResult delete(String what, List<String> itemIds) {
        InboxCleaner cleaner = new InboxCleaner(service);
        return retry.run(what, () -> cleaner.delete(itemIds));
    }

    @Override
    public void close() {
        service.close();
    }

    private CalendarMeetings calendar() {
        return new CalendarMeetings(service, mailbox, marker, retry);
    }

    private MeetingChanges changes() {
        return new MeetingChanges(service, retry);
    }

    private InboxResponses inbox() {
        return new InboxResponses(service, mailbox);
    }
}
