package org.lmsexchange.ews;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;
import org.apache.camel.support.DefaultProducer;
import org.lmsexchange.ews.client.ExchangeServices;
import org.lmsexchange.ews.client.InboxResponses;
import org.lmsexchange.ews.client.ItemWarnings;
import org.lmsexchange.ews.client.MailboxSession;
import org.lmsexchange.ews.client.TrustedReplies;
import org.lmsexchange.ews.model.AttendeesToAdd;
import org.lmsexchange.ews.model.AttendeesToRemove;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.MeetingUpdate;
import org.lmsexchange.ews.model.NewMeeting;

/**
 * Performs the endpoint's operation (or the one named in the CamelEwsOperation header) with a fresh
 * ExchangeService that is closed afterwards; busy answers are retried per the endpoint's settings, a refused OAuth2
 * token once with a new one.
 */
public class EwsProducer extends DefaultProducer {

    private final EwsConfiguration configuration;
    private final ExchangeServices services;
    private final ItemWarnings itemWarnings;
    private final TrustedReplies trust;

    public EwsProducer(EwsEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
        this.services = endpoint.getExchangeServices();
        this.itemWarnings = endpoint.getItemWarnings();
        this.trust = new TrustedReplies(configuration, itemWarnings);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        EwsOperation operation = operation(in);
        try (MailboxSession mailbox = services.session()) {
            switch (operation) {
                case createMeeting -> createMeeting(mailbox, in);
                case findMeetings -> findMeetings(mailbox, in);
                case updateMeeting -> updateMeeting(mailbox, in);
                case addAttendees -> addAttendees(mailbox, in);
                case removeAttendees -> removeAttendees(mailbox, in);
                case cancelMeeting -> cancelMeeting(mailbox, in);
                case readAttendance -> readAttendance(mailbox, in);
                case findResponses -> findResponses(mailbox, in);
                case deleteItems -> deleteItems(mailbox, in);
                default -> throw new IllegalArgumentException("Unsupported ews operation " + operation);
            }
        }
    }

    /** The header's operation, else the endpoint's; an error naming the valid ones for anything else. */
    private EwsOperation operation(Message in) {
        EwsOperation operation;
        try {
            operation = in.getHeader(EwsConstants.OPERATION, configuration.getOperation(), EwsOperation.class);
        } catch (TypeConversionException e) {
            throw new IllegalArgumentException("Unknown ews operation '" + in.getHeader(EwsConstants.OPERATION)
                    + "' in header " + EwsConstants.OPERATION + "; use one of "
                    + Arrays.toString(EwsOperation.values()), e);
        }
        if (operation == null) {
            throw new IllegalArgumentException("No ews operation: set the endpoint's operation option or the "
                    + EwsConstants.OPERATION + " header");
        }
        return operation;
    }

    private void createMeeting(MailboxSession mailbox, Message in) throws InvalidPayloadException {
        NewMeeting meeting = in.getMandatoryBody(NewMeeting.class);
        in.setBody(mailbox.createMeeting(meeting));
    }

    private void findMeetings(MailboxSession mailbox, Message in) throws InvalidPayloadException {
        String eventId = in.getMandatoryBody(String.class);
        in.setBody(mailbox.findMeetings(eventId));
    }

    private void updateMeeting(MailboxSession mailbox, Message in) throws InvalidPayloadException {
        MeetingUpdate update = in.getMandatoryBody(MeetingUpdate.class);
        in.setBody(mailbox.updateMeeting(update));
    }

    private void addAttendees(MailboxSession mailbox, Message in) throws InvalidPayloadException {
        AttendeesToAdd addition = in.getMandatoryBody(AttendeesToAdd.class);
        in.setBody(mailbox.addAttendees(addition));
    }

    private void removeAttendees(MailboxSession mailbox, Message in) throws InvalidPayloadException {
        AttendeesToRemove removal = in.getMandatoryBody(AttendeesToRemove.class);
        in.setBody(mailbox.removeAttendees(removal));
    }

    private void cancelMeeting(MailboxSession mailbox, Message in) throws InvalidPayloadException {
        CreatedMeeting meeting = in.getMandatoryBody(CreatedMeeting.class);
        String text = in.getHeader(EwsConstants.CANCELLATION_TEXT, String.class);
        mailbox.cancelMeeting(meeting, text);
    }

    private void readAttendance(MailboxSession mailbox, Message in) throws InvalidPayloadException {
        CreatedMeeting meeting = in.getMandatoryBody(CreatedMeeting.class);
        in.setBody(mailbox.readAttendance(meeting));
    }

    private void findResponses(MailboxSession mailbox, Message in) throws Exception {
        int offset = in.getHeader(EwsConstants.OFFSET, 0, Integer.class);
        InboxResponses.Page page = mailbox.findResponses(offset, configuration.getPageSize());
        in.setBody(mailbox.readResponses(page.ids(), trust, itemWarnings).replies());
        in.setHeader(EwsConstants.NEXT_OFFSET, offset + page.ids().size());
        in.setHeader(EwsConstants.MORE_AVAILABLE, page.moreAvailable());
    }

    @SuppressWarnings("unchecked")
    private void deleteItems(MailboxSession mailbox, Message in) throws InvalidPayloadException {
        Collection<String> ids = in.getMandatoryBody(Collection.class);
        List<String> itemIds = ids.stream().map(String::valueOf).toList();
        in.setBody(mailbox.delete("deleting " + itemIds.size() + " processed responses", itemIds));
    }
}
