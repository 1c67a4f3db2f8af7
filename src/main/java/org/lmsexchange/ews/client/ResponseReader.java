package org.lmsexchange.ews.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.schema.EmailMessageSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.definition.PropertyDefinition;
import org.lmsexchange.ews.EwsCallException;
import org.lmsexchange.ews.model.MeetingReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a batch of meeting responses into replies, so that one response never holds up the rest: a response the
 * connector cannot read or trust is set aside on its own, reported once (naming the item and the field at fault),
 * and the others are read. A response whose details Exchange sends in a form the client cannot parse (a date that
 * is no date) fails the whole batch's answer, so the batch is read again in halves until that response is alone;
 * then each of its details is read alone to name the one at fault.
 */
public final class ResponseReader {

    /** The replies to hand over, and the responses set aside (to be left in the inbox). */
    public record Result(List<MeetingReply> replies, List<String> setAside) {

        static Result empty() {
            return new Result(new ArrayList<>(), new ArrayList<>());
        }

        Result with(Result other) {
            replies.addAll(other.replies());
            setAside.addAll(other.setAside());
            return this;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ResponseReader.class);

    private final InboxResponses inbox;
    private final BusyRetry retry;
    private final TrustedReplies trust;
    private final ItemWarnings warnings;

    ResponseReader(InboxResponses inbox, BusyRetry retry, TrustedReplies trust, ItemWarnings warnings) {
        this.inbox = inbox;
        this.retry = retry;
        this.trust = trust;
        this.warnings = warnings;
    }

    Result read(List<String> itemIds) throws Exception {
        if (itemIds.isEmpty()) {
            return Result.empty();
        }
        Map<String, Item> items;
        try {
            items = retry.run("reading " + itemIds.size() + " meeting responses", () -> inbox.read(itemIds));
        } catch (EwsCallException e) {
            if (!isUnreadableAnswer(e)) {
                throw e;
            }
            if (itemIds.size() == 1) {
                return unreadable(itemIds.get(0), e);
            }
            int half = itemIds.size() / 2;
            return read(itemIds.subList(0, half)).with(read(itemIds.subList(half, itemIds.size())));
        }
        Result result = Result.empty();
        items.forEach((itemId, item) -> judge(itemId, item, result));
        return result;
    }

    private void judge(String itemId, Item item, Result result) {
        TrustedReplies.Verdict verdict = trust.judge(itemId, item);
        if (verdict instanceof TrustedReplies.Trusted trusted) {
            result.replies().add(trusted.reply());
        } else if (verdict instanceof TrustedReplies.SetAside setAside) {
            setAside(itemId, setAside, result);
        }
        // NoAnswer: nothing to apply, nothing to report
    }

    /**
     * One response whose details cannot be read: its id alone must read, or the fault is not the response's (the
     * answers are broken for any item) and that failure fails the poll as before; then each detail is read alone to
     * name the one at fault. About a dozen small reads, once per keptRereadDelay for such a response.
     */
    private Result unreadable(String itemId, EwsCallException failure) throws Exception {
        if (readAlone(itemId, InboxResponses.ID_ONLY).isEmpty()) {
            return Result.empty(); // gone meanwhile
        }
        List<String> faults = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (PropertyDefinition detail : InboxResponses.DETAILS) {
            try {
                Map<String, Item> read = readAlone(itemId, new PropertySet(BasePropertySet.IdOnly, detail));
                if (read.containsKey(itemId) && (detail == ItemSchema.Subject || detail == EmailMessageSchema.From)) {
                    known.add(TrustedReplies.describe(read.get(itemId)));
                }
            } catch (EwsCallException e) {
                if (!isUnreadableAnswer(e)) {
                    throw e;
                }
                faults.add(detail.getXmlElement() + " (" + BusyRetry.innermostMessage(e) + ")");
            }
        }
        String reason = faults.isEmpty() ? BusyRetry.innermostMessage(failure) : String.join(", ", faults);
        Result result = Result.empty();
        known.removeIf(String::isEmpty);
        setAside(itemId, new TrustedReplies.SetAside(String.join(", ", known), "cannot be read: " + reason), result);
        return result;
    }

    private Map<String, Item> readAlone(String itemId, PropertySet properties) {
        return retry.run("reading meeting response " + itemId, () -> inbox.read(List.of(itemId), properties));
    }

    private void setAside(String itemId, TrustedReplies.SetAside setAside, Result result) {
        String known = setAside.item().isEmpty() ? "" : " (" + setAside.item() + ")";
        warnings.warnOnce(LOG, itemId, "set-aside", "Meeting response {}{} {}. It stays in the inbox, not handed over.",
                itemId, known, setAside.reason());
        result.setAside().add(itemId);
    }

    /**
     * Exchange answered, without an EWS error, an HTTP error or a broken connection, but the client could not make
     * items of the answer (BusyRetry's "ERROR"): a fault in what was read, not in reaching Exchange.
     */
    private static boolean isUnreadableAnswer(EwsCallException e) {
        return "ERROR".equals(e.getResponseCode());
    }
}
