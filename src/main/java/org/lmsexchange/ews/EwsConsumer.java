package org.lmsexchange.ews;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.TypeConversionException;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.lmsexchange.ews.client.ExchangeServices;
import org.lmsexchange.ews.client.ItemWarnings;
import org.lmsexchange.ews.client.MailboxSession;
import org.lmsexchange.ews.client.ResponseReader;
import org.lmsexchange.ews.client.TrustedReplies;
import org.lmsexchange.ews.model.MeetingReply;
import org.lmsexchange.ews.model.ReplyAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the mailbox's inbox for meeting responses (Accept, Tentative, Decline) and hands each to the route as one
 * exchange whose body is a {@link MeetingReply}. A poll first walks every page of the inbox's responses, then reads
 * the new ones in batches, processes them one by one, and at the end deletes, in batches, exactly the responses
 * whose exchange completed successfully with {@link Disposition#DELETE}. Nothing is deleted while the pages are
 * walked, so the offsets hold; each response is handed over and deleted at most once per poll. Responses the route
 * kept ({@link Disposition#KEEP}) are not read again until the endpoint's keptRereadDelay has passed; nor are the
 * responses it sets aside itself, reported once: those it cannot read, and those it does not trust as the attendee's
 * answer ({@link TrustedReplies}).
 */
public class EwsConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(EwsConsumer.class);
    /** The exchange property holding the response's item id, whatever the route does to the body. */
    private static final String ITEM_ID = "CamelEwsItemId";

    private final EwsConfiguration configuration;
    private final ExchangeServices services;
    private final KeptResponses kept;
    private final TrustedReplies trust;
    private final ItemWarnings warnings;
    private final Set<ReplyAnswer> answers;
    /** The current poll's processed responses, deleted when it ends; polls of one consumer never overlap. */
    private final List<String> processed = new ArrayList<>();

    public EwsConsumer(EwsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.services = endpoint.getExchangeServices();
        this.kept = new KeptResponses(Duration.ofMillis(configuration.getKeptRereadDelay()));
        this.warnings = endpoint.getItemWarnings();
        this.trust = new TrustedReplies(configuration, warnings);
        this.answers = configuration.answerSet();
    }

    @Override
    protected int poll() throws Exception {
        processed.clear();
        Queue<Object> exchanges = new ArrayDeque<>();
        for (MeetingReply reply : readNewResponses(Instant.now())) {
            Exchange exchange = createExchange(false);
            exchange.setProperty(ITEM_ID, reply.itemId());
            exchange.getMessage().setBody(reply);
            exchanges.add(exchange);
        }
        int handedOver = processBatch(exchanges);
        deleteProcessed();
        return handedOver;
    }

    private List<MeetingReply> readNewResponses(Instant now) throws Exception {
        try (MailboxSession mailbox = services.session()) {
            InboxScan.Result scan = InboxScan.walk(configuration.getMailbox(),
                    offset -> mailbox.findResponses(offset, configuration.getPageSize()),
                    id -> kept.isKept(id, now), getMaxMessagesPerPoll());
            if (scan.complete()) {
                kept.retainOnly(scan.seen());
            }
            List<MeetingReply> replies = new ArrayList<>();
            for (List<String> batch : batches(scan.toRead())) {
                ResponseReader.Result read = mailbox.readResponses(batch, trust, warnings);
                for (MeetingReply reply : read.replies()) {
                    if (answers.contains(reply.answer())) {
                        replies.add(reply);
                    } else {
                        kept.keep(reply.itemId(), now); // not for this route: left like the ones it keeps
                    }
                }
                // left in the inbox like the responses a route keeps, and not read again at every poll either
                read.setAside().forEach(id -> kept.keep(id, now));
            }
            return replies;
        }
    }

    @Override
    public int processBatch(Queue<Object> exchanges) {
        int total = exchanges.size();
        int index = 0;
        for (; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            process(exchange);
        }
        // stopping: the rest stay in the inbox, untouched, for the next start
        exchanges.forEach(rest -> releaseExchange((Exchange) rest, false));
        pendingExchanges = 0;
        return index;
    }

    private void process(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() == null) {
            dispose(exchange);
        } else if (!exchange.getExchangeExtension().isErrorHandlerHandledSet()) {
            // the route's error handler has not reported it: say it here, once
            getExceptionHandler().handleException("Processing meeting response " + exchange.getProperty(ITEM_ID)
                    + " failed; it stays in the inbox for the next poll", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }

    /** What the route asked for, once its exchange completed successfully. */
    private void dispose(Exchange exchange) {
        String itemId = exchange.getProperty(ITEM_ID, String.class);
        Disposition disposition;
        try {
            disposition = exchange.getMessage().getHeader(EwsConstants.DISPOSITION, Disposition.class);
        } catch (TypeConversionException e) {
            LOG.warn("Meeting response {} stays in the inbox: header {} is '{}', not DELETE or KEEP", itemId,
                    EwsConstants.DISPOSITION, exchange.getMessage().getHeader(EwsConstants.DISPOSITION));
            return;
        }
        if (disposition == Disposition.DELETE) {
            processed.add(itemId);
        } else if (disposition == Disposition.KEEP) {
            kept.keep(itemId, Instant.now());
        }
    }

    private void deleteProcessed() throws Exception {
        if (processed.isEmpty()) {
            return;
        }
        Map<String, String> failed = new LinkedHashMap<>();
        try (MailboxSession mailbox = services.session()) {
            for (List<String> batch : batches(processed)) {
                try {
                    failed.putAll(mailbox.delete("deleting " + batch.size() + " processed meeting responses", batch)
                            .failed());
                } catch (EwsCallException e) {
                    if (e.scope() == FailureScope.EXCHANGE) {
                        throw e;
                    }
                    // Exchange refused this request, not the mailbox: no outage, and the other batches go on
                    LOG.warn("{}; they are read again and deleted at a later poll", e.getMessage());
                }
            }
        }
        if (!failed.isEmpty()) {
            LOG.warn("Could not delete {} processed meeting responses (item id = EWS error: {}); they are read again "
                    + "and deleted at a later poll", failed.size(), failed);
        }
    }

    /** The ids in batches of the page size: what one GetItem or DeleteItem carries. */
    private List<List<String>> batches(List<String> ids) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += configuration.getPageSize()) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + configuration.getPageSize())));
        }
        return batches;
    }
}
