package org.lmsexchange.ews;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.Mailbox;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.search.FolderView;
import microsoft.exchange.webservices.data.search.ItemView;

/**
 * Single EWS calls that diagnose a connection, for the {@code check} command: each goes through the component's
 * own client set-up (URL rules, TLS verification, credentials, timeout, busy retries), so what passes here works
 * for the routes too. A failed call throws the {@link EwsCallException} the routes would see; telling the user
 * what it means is the caller's job.
 */
public final class EwsProbe {

    private final EwsConfiguration configuration;
    private final BusyRetry retry;

    /** {@code configuration} as the routes' endpoints get it, with the mailbox set. */
    public EwsProbe(EwsConfiguration configuration) {
        this.configuration = configuration.copy();
        this.retry = new BusyRetry(this.configuration);
    }

    /** The URL is one the component accepts (absolute http(s); plain http only to this machine); else IllegalArgumentException. */
    public void checkUrl() {
        EwsEndpoint.checkUrl(configuration);
    }

    /**
     * A request without credentials: any HTTP answer, even 401, shows that the URL reaches a server whose
     * certificate is trusted. Throws for no answer (wrong host or port, timeout, untrusted certificate) and for
     * HTTP errors, including the expected 401, which the caller tells apart.
     */
    public void reachWithoutCredentials() {
        EwsConfiguration anonymous = configuration.copy();
        anonymous.setUsername(null);
        anonymous.setPassword(null);
        try (ExchangeService service = ExchangeServices.open(anonymous)) {
            retry.run("reaching " + configuration.getUrl(), () -> service.findFolders(WellKnownFolderName.MsgFolderRoot, new FolderView(1)));
        }
    }

    /**
     * A request with the configured credentials for the signed-in account's own folders, not the configured
     * mailbox: Exchange answers 401 only when it refuses the credentials themselves.
     */
    public void signIn() {
        try (ExchangeService service = ExchangeServices.open(configuration)) {
            retry.run("signing in", () -> service.findFolders(WellKnownFolderName.MsgFolderRoot, new FolderView(1)));
        }
    }

    /** Reads one item of the configured mailbox's calendar, as finding a meeting does. */
    public void readCalendar() {
        read(WellKnownFolderName.Calendar, "reading the calendar of " + configuration.getMailbox());
    }

    /** Reads one item of the configured mailbox's inbox, as reading the answers does. */
    public void readInbox() {
        read(WellKnownFolderName.Inbox, "reading the inbox of " + configuration.getMailbox());
    }

    /**
     * Creates a meeting without attendees in the configured mailbox's calendar, a day from now; Exchange is told
     * to send nothing. Returns its item id for {@link #deleteTestMeeting}.
     */
    public String createTestMeeting(String subject) {
        try (ExchangeService service = ExchangeServices.open(configuration)) {
            return retry.run("creating a test meeting", () -> {
                Appointment meeting = new Appointment(service);
                meeting.setSubject(subject);
                meeting.setBody(new MessageBody(BodyType.Text, "Created by the LMS connector's check command; "
                        + "deleted again at once. Nobody was invited."));
                Instant start = Instant.now().plus(Duration.ofDays(1));
                meeting.setStart(Date.from(start));
                meeting.setEnd(Date.from(start.plus(Duration.ofMinutes(15))));
                meeting.save(folder(WellKnownFolderName.Calendar), SendInvitationsMode.SendToNone);
                return meeting.getId().getUniqueId();
            });
        }
    }

    /** Deletes the test meeting for good, telling nobody (it has no attendees anyway). */
    public void deleteTestMeeting(String itemId) {
        try (ExchangeService service = ExchangeServices.open(configuration)) {
            retry.run("deleting the test meeting", () -> {
                service.deleteItem(new ItemId(itemId), DeleteMode.HardDelete, SendCancellationsMode.SendToNone, null);
                return null;
            });
        }
    }

    private void read(WellKnownFolderName name, String what) {
        try (ExchangeService service = ExchangeServices.open(configuration)) {
            retry.run(what, () -> service.findItems(folder(name), new ItemView(1)));
        }
    }

    private FolderId folder(WellKnownFolderName name) throws Exception {
        return new FolderId(name, new Mailbox(configuration.getMailbox()));
    }
}
