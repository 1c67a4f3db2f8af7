package org.lmsexchange.sandbox.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Every mailbox of the sandbox. One lock guards all of them: an EWS request runs as one atomic step (a meeting
 * created and its invitations delivered, or nothing), which keeps concurrent clients consistent. The sandbox
 * serves thousands of items a second under it, far more than a connector asks of it.
 */
public final class MailboxStore {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();
    private final ItemIds ids = new ItemIds();
    private final Clock clock;
    private final List<DeliveryListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Told of every item delivered to an inbox; called under the store's lock, so it must only hand work off. */
    public interface DeliveryListener {
        void delivered(EmailAddress recipient, MailItem snapshot);
    }

    public MailboxStore(Clock clock) {
        this.clock = clock;
    }

    /** Runs one atomic step over the mailboxes. Keep it short: no I/O inside. */
    public <T> T inTransaction(Function<MailboxStore, T> work) {
        lock.lock();
        try {
            return work.apply(this);
        } finally {
            lock.unlock();
        }
    }

    public void inTransaction(java.util.function.Consumer<MailboxStore> work) {
        inTransaction(store -> {
            work.accept(store);
            return null;
        });
    }

    public ItemIds ids() {
        return ids;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The mailbox of an address, created on first use (attendee mailboxes spring into being when mail arrives). */
    public Mailbox mailbox(EmailAddress address) {
        return mailboxes.computeIfAbsent(address.key(), k -> new Mailbox(address, ids));
    }

    public Optional<Mailbox> existingMailbox(String address) {
        return Optional.ofNullable(mailboxes.get(EmailAddress.normalize(address)));
    }

    public List<Mailbox> mailboxes() {
        return new ArrayList<>(mailboxes.values());
    }

    public void addDeliveryListener(DeliveryListener listener) {
        listeners.add(listener);
    }

    /**
     * Puts an item into a recipient's inbox (creating the mailbox on first use), stamps DateTimeReceived and tells
     * the listeners. Every piece of mail the sandbox "sends" arrives through here.
     */
    public MailItem deliver(EmailAddress recipient, MailItem item) {
        item.dateTimeReceived = now();
        mailbox(recipient).inbox().add(item);
        MailItem snapshot = item.copy();
        listeners.forEach(l -> l.delivered(recipient, snapshot));
        return item;
    }

    /** Finds an item by id in any mailbox. */
    public Optional<Located> locate(String itemId) {
        for (Mailbox mailbox : mailboxes.values()) {
            Optional<Folder> folder = mailbox.folderOf(itemId);
            if (folder.isPresent()) {
                return Optional.of(new Located(mailbox, folder.get(), folder.get().item(itemId)));
            }
        }
        return Optional.empty();
    }

    /** An item together with the folder and mailbox holding it. */
    public record Located(Mailbox mailbox, Folder folder, MailItem item) {
    }
}
