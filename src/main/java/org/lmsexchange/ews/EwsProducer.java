package org.lmsexchange.ews;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;
import org.apache.camel.support.DefaultProducer;

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
        try (ExchangeService service = services.open()) {
            BusyRetry retry = services.busyRetry(service);
            switch (operation) {
                case createMeeting -> createMeeting(service, retry, in);
                case findMeetings -> findMeetings(service, retry, in);
                case cancelMeeting -> cancelMeeting(service, retry, in);
                case findResponses -> findResponses(service, retry, in);
                case deleteItems -> deleteItems(service, retry, in);
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

    private void createMeeting(ExchangeService service, BusyRetry retry, Message in) throws InvalidPayloadException {
        NewMeeting meeting = in.getMandatoryBody(NewMeeting.class);
        in.setBody(new CalendarMeetings(service, configuration.getMailbox(), retry).create(meeting));
    }

    private void findMeetings(ExchangeService service, BusyRetry retry, Message in) throws InvalidPayloadException {
        String eventId = in.getMandatoryBody(String.class);
        in.setBody(new CalendarMeetings(service, configuration.getMailbox(), retry).findAll(eventId));
    }

    private void cancelMeeting(ExchangeService service, BusyRetry retry, Message in) throws InvalidPayloadException {
        CreatedMeeting meeting = in.getMandatoryBody(CreatedMeeting.class);
        String text = in.getHeader(EwsConstants.CANCELLATION_TEXT, String.class);
        new CalendarMeetings(service, configuration.getMailbox(), retry).cancel(meeting, text);
    }

    private void findResponses(ExchangeService service, BusyRetry retry, Message in) throws Exception {
        int offset = in.getHeader(EwsConstants.OFFSET, 0, Integer.class);
        InboxResponses inbox = new InboxResponses(service, configuration.getMailbox());
        InboxResponses.Page page = retry.run("listing meeting responses", () -> inbox.find(offset, configuration.getPageSize()));
        ResponseReader reader = new ResponseReader(inbox, retry, trust, itemWarnings);
        in.setBody(reader.read(page.ids()).replies());
        in.setHeader(EwsConstants.NEXT_OFFSET, offset + page.ids().size());
        in.setHeader(EwsConstants.MORE_AVAILABLE, page.moreAvailable());
    }

    @SuppressWarnings("unchecked")
    private void deleteItems(ExchangeService service, BusyRetry retry, Message in) throws InvalidPayloadException {
        Collection<String> ids = in.getMandatoryBody(Collection.class);
        List<String> itemIds = ids.stream().map(String::valueOf).toList();
        InboxCleaner cleaner = new InboxCleaner(service);
        in.setBody(retry.run("deleting " + itemIds.size() + " processed responses", () -> cleaner.delete(itemIds)));
    }
}
