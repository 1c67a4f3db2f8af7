package org.lmsexchange.ews.client;

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
import org.lmsexchange.ews.EwsCallException;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.EwsSettingsException;

/**
 * Single EWS calls that diagnose a connection, for the {@code check} command: each goes through the component's
 * own client set-up (URL rules, TLS verification, credentials, timeout, busy retries), so what passes here works
 * for the routes too. A failed call throws the {@link EwsCallException} the routes would see; telling the user
 * what it means is the caller's job.
 */
public final class EwsProbe {

    /** An EWS call on an open service, as BusyRetry runs it. */
    private interface Call<T> {
        T run(ExchangeService service) throws Exception;
    }

    private final EwsConfiguration configuration;
    private final ExchangeServices services;

    /**
     * {@code configuration} as the routes' endpoints get it, with the mailbox set.
     *
     * @throws EwsSettingsException naming every bad setting, as the connector's start-up would
     */
    public EwsProbe(EwsConfiguration configuration) {
        this.configuration = configuration.copy();
        this.services = ExchangeServices.create(this.configuration);
    }

    /** The URL is one the component accepts (absolute http(s); plain http only to this machine); else IllegalArgumentException. */
    public void checkUrl() {
        ExchangeServices.checkUrl(configuration);
    }

    /** Whether the connector signs in with an app-only OAuth2 token (else with Basic credentials). */
    public boolean usesOAuth2() {
        return services.usesOAuth2();
    }

    /**
     * A request without credentials: any HTTP answer, even 401, shows that the URL reaches a server whose
     * certificate is trusted. Throws for no answer (wrong host or port, timeout, untrusted certificate) and for
     * HTTP errors, including the expected 401, which the caller tells apart.
     */
    public void reachWithoutCredentials() {
        EwsConfiguration anonymous = configuration.copy();
        anonymous.setAuth(EwsConfiguration.AUTH_BASIC);
        anonymous.setUsername(null);
        anonymous.setPassword(null);
        call(ExchangeServices.create(anonymous), "reaching " + configuration.getUrl(),
                service -> service.findFolders(WellKnownFolderName.MsgFolderRoot, new FolderView(1)));
    }

    /**
     * Signs in. OAuth2: gets a token from the authority (an EwsCallException TOKEN names the setting when it
     * refuses). Then a request to the root of the folders the credentials stand for (Basic: the account's own; an
     * app token: the configured mailbox's): Exchange answers 401 only when it refuses the credentials or the token.
     */
    public void signIn() {
        if (services.usesOAuth2()) {
            services.acquireToken();
        }
        call(services, "signing in", service -> service.findFolders(WellKnownFolderName.MsgFolderRoot, new FolderView(1)));
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
        return call(services, "creating a test meeting", service -> {
            Appointment meeting = new Appointment(service);
            meeting.setSubject(subject);
            meeting.setBody(new MessageBody(BodyType.Text, "Created by a connection check; "
                    + "deleted again at once. Nobody was invited."));
            Instant start = Instant.now().plus(Duration.ofDays(1));
            meeting.setStart(Date.from(start));
            meeting.setEnd(Date.from(start.plus(Duration.ofMinutes(15))));
            meeting.save(folder(WellKnownFolderName.Calendar), SendInvitationsMode.SendToNone);
            return meeting.getId().getUniqueId();
        });
    }

    /** Deletes the test meeting for good, telling nobody (it has no attendees anyway). */
    public void deleteTestMeeting(String itemId) {
        call(services, "deleting the test meeting", service -> {
            service.deleteItem(new ItemId(itemId), DeleteMode.HardDelete, SendCancellationsMode.SendToNone, null);
            return null;
        });
    }

    private void read(WellKnownFolderName name, String what) {
        call(services, what, service -> service.findItems(folder(name), new ItemView(1)));
    }

    /** One call on a fresh service, with the routes' busy retries and their one new token after a 401. */
    private <T> T call(ExchangeServices services, String what, Call<T> call) {
        try (ExchangeService service = services.open()) {
            BusyRetry retry = services.busyRetry(service);
            return retry.run(what, () -> call.run(service));
        }
    }

    private FolderId folder(WellKnownFolderName name) throws Exception {
        return new FolderId(name, new Mailbox(configuration.getMailbox()));
    }
}
