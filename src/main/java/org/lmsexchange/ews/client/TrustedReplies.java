package org.lmsexchange.ews.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.exception.service.local.ServiceLocalException;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.MeetingResponse;
import microsoft.exchange.webservices.data.property.complex.EmailAddress;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.model.Addresses;
import org.lmsexchange.ews.model.MeetingReply;
import org.lmsexchange.ews.model.ReplyAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the component believes of a meeting response it has read: which attendee answered what, to which meeting,
 * and when. A response that lacks a part of that (From, UID, DateTimeSent, DateTimeReceived) is set aside; so is one
 * that someone other than the attendee sent (Sender is not From) unless Exchange marks it as a delegate's
 * (IsDelegated) or the endpoint accepts answers sent on an attendee's behalf. A sent time is the sender's clock: one
 * later than the time Exchange received the response, by more than the tolerance, gives way to the time received.
 */
public final class TrustedReplies {

    /** What to do with one response. */
    sealed interface Verdict permits Trusted, SetAside, NoAnswer {
    }

    /** A reply to hand over. */
    record Trusted(MeetingReply reply) implements Verdict {
    }

    /**
     * A response to leave alone, and why.
     *
     * @param item   the response as a person would find it: its subject and From, as far as they are known (or empty)
     * @param reason what is wrong with it, naming the field
     */
    record SetAside(String item, String reason) implements Verdict {
    }

    /** Not an Accept, Tentative or Decline (e.g. a response class this connector does not know). */
    record NoAnswer() implements Verdict {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TrustedReplies.class);

    private final boolean acceptSentOnBehalf;
    private final Duration sentTimeTolerance;
    private final ItemWarnings warnings;

    public TrustedReplies(EwsConfiguration configuration, ItemWarnings warnings) {
        this.acceptSentOnBehalf = configuration.isAcceptSentOnBehalf();
        this.sentTimeTolerance = Duration.ofMillis(configuration.getSentTimeTolerance());
        this.warnings = warnings;
    }

    /** The verdict on the item read for {@code itemId} (the id asked for: the item's own may be missing). */
    Verdict judge(String itemId, Item item) {
        if (!(item instanceof MeetingResponse response)) {
            return new NoAnswer();
        }
        Optional<ReplyAnswer> answer = readable(response::getItemClass).flatMap(ReplyAnswer::fromItemClass);
        if (answer.isEmpty()) {
            return new NoAnswer();
        }
        // the library throws for a property the server left out, or gives null: either way it is missing
        String attendee = Addresses.normalized(readable(response::getFrom).map(TrustedReplies::address).orElse(null));
        String sender = Addresses.normalized(readable(response::getSender).map(TrustedReplies::address).orElse(null));
        String uid = readable(response::getICalUid).orElse(null);
        Date sent = readable(response::getDateTimeSent).orElse(null);
        Date received = readable(response::getDateTimeReceived).orElse(null);
        List<String> missing = new ArrayList<>();
        addIfMissing(missing, attendee, "From");
        addIfMissing(missing, uid, "UID");
        addIfMissing(missing, sent, "DateTimeSent");
        addIfMissing(missing, received, "DateTimeReceived");
        if (!missing.isEmpty()) {
            return new SetAside(describe(item), "cannot be read: it has no " + String.join(", no ", missing));
        }
        boolean delegated = flag(response::getIsDelegated);
        if (!attendee.equals(sender) && !delegated && !acceptSentOnBehalf) {
            return new SetAside(describe(item), "was sent by " + (sender == null ? "an unnamed sender (no Sender)" : sender)
                    + " in the name of " + attendee + ", and Exchange does not mark it as sent by a delegate "
                    + "(IsDelegated): not taken as the attendee's answer (endpoint option acceptSentOnBehalf)");
        }
        return new Trusted(new MeetingReply(itemId, uid, answer.get(), attendee, sender, delegated,
                flag(response::getIsOutOfDate),
                trustedSentTime(itemId, attendee, sent.toInstant(), received.toInstant())));
    }

    /**
     * The sent time, unless it lies after the time received by more than the tolerance: then the sender's clock is
     * wrong, and the time received is the best bound there is (the response was sent before it arrived). Not the
     * time received plus the tolerance: an answer the attendee really sent a minute later must still win over it.
     */
    private Instant trustedSentTime(String itemId, String attendee, Instant sent, Instant received) {
        if (!sent.isAfter(received.plus(sentTimeTolerance))) {
            return sent;
        }
        warnings.warnOnce(LOG, itemId, "sent-time", "Meeting response {} from {} says it was sent at {}, more than {} s after "
                + "Exchange received it at {}: the sender's clock is wrong, and the time received counts as its sent time",
                itemId, attendee, sent, sentTimeTolerance.toSeconds(), received);
        return received;
    }

    /**
     * The response as a person would find it in the inbox: its subject and From, as far as they were read; empty when
     * neither was.
     */
    static String describe(Item item) {
        List<String> parts = new ArrayList<>();
        readable(item::getSubject).ifPresent(subject -> parts.add("subject '" + subject + "'"));
        if (item instanceof EmailMessage message) {
            readable(message::getFrom).map(TrustedReplies::address).filter(a -> !a.isBlank())
                    .ifPresent(from -> parts.add("from " + from));
        }
        return String.join(", ", parts);
    }

    private static void addIfMissing(List<String> missing, Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            missing.add(field);
        }
    }

    /** A property read from an item; empty when it was not loaded or has no value. */
    private interface Property<T> {
        T read() throws ServiceLocalException;
    }

    private static <T> Optional<T> readable(Property<T> property) {
        try {
            return Optional.ofNullable(property.read());
        } catch (ServiceLocalException e) {
            return Optional.empty();
        }
    }

    /** A flag the server left out counts as not set (the schema makes IsDelegated and IsOutOfDate optional). */
    private static boolean flag(Property<Boolean> property) {
        return readable(property).orElse(false);
    }

    private static String address(EmailAddress address) {
        return address == null ? null : address.getAddress();
    }
}
