package org.lmsexchange.sandbox;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.SSLContext;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.lmsexchange.sandbox.http.Authenticator;
import org.lmsexchange.sandbox.http.BearerTokenValidator;
import org.lmsexchange.sandbox.http.SoapEndpoint;
import org.lmsexchange.sandbox.http.InboxEndpoint;
import org.lmsexchange.sandbox.http.InspectionEndpoint;
import org.lmsexchange.sandbox.http.ResponsesEndpoint;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.InboxInjector;
import org.lmsexchange.sandbox.learners.Learner;
import org.lmsexchange.sandbox.learners.LearnerAnswer;
import org.lmsexchange.sandbox.learners.MeetingResponder;
import org.lmsexchange.sandbox.learners.ScriptedLearners;
import org.lmsexchange.sandbox.http.FaultControlApi;
import org.lmsexchange.sandbox.http.Faults;
import org.lmsexchange.sandbox.http.RequestCounters;
import org.lmsexchange.sandbox.oauth.OAuthApp;
import org.lmsexchange.sandbox.oauth.TokenEndpoint;
import org.lmsexchange.sandbox.oauth.TokenIssuer;
import org.lmsexchange.sandbox.ops.OperationRegistry;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.MailboxStore;
import org.lmsexchange.sandbox.view.ItemView;
import org.lmsexchange.sandbox.view.MailboxView;
import org.lmsexchange.sandbox.view.MailboxViews;

/**
 * A local Exchange Web Services server speaking the EWS subset the connector uses: the demo's Exchange, every
 * test's Exchange, and a tool to try a setup before touching a real Exchange.
 *
 * <pre>{@code
 * try (EwsSandbox sandbox = EwsSandbox.builder().organizer("svc@example.com").start()) {
 *     URI ews = sandbox.ewsUrl();   // http://127.0.0.1:<port>/EWS/Exchange.asmx
 * }
 * }</pre>
 */
public final class EwsSandbox implements AutoCloseable {

    public static final String EWS_PATH = "/EWS/Exchange.asmx";

    static {
        // The JDK's HTTP server sends a response's headers and body as two TCP segments, and without TCP_NODELAY
        // Nagle holds the body until the client acknowledges the headers, which a client delays by ~40 ms: every
        // EWS call took ~45 ms instead of ~3 ms. The server reads this switch once, when it is first used.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Builder settings;
    private final MailboxStore store;
    private final HttpServer server;
    private final ExecutorService executor;
    private final MeetingResponder responder;
    private final InboxInjector inboxInjector;
    private final MailboxViews views;
    private final ScriptedLearners scriptedLearners;
    private final Faults faults = new Faults();
    private final RequestCounters counters = new RequestCounters();
    private final Optional<TokenEndpoint> tokenEndpoint;

    private EwsSandbox(Builder settings) throws IOException {
        this.settings = settings;
        this.store = new MailboxStore(settings.clock);
        // the organization's mailboxes; a learner's appears when it is first sent mail
        store.mailbox(EmailAddress.of(settings.organizer));
        settings.mailboxes.forEach(address -> store.mailbox(EmailAddress.of(address)));
        settings.users.values().forEach(user -> {
            store.mailbox(EmailAddress.of(user.ownMailbox()));
            user.mayActFor().forEach(address -> store.mailbox(EmailAddress.of(address)));
        });
        this.server = createServer(settings);
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(executor);
        Optional<BearerTokenValidator> bearerTokens = Optional.ofNullable(settings.bearerTokens);
        if (settings.oauthApps.isEmpty()) {
            this.tokenEndpoint = Optional.empty();
        } else {
            // Entra ID's paths start with the tenant, so the token endpoint takes whatever no other context does
            TokenIssuer issuer = new TokenIssuer(settings.clock, settings.tokenLifetime);
            this.tokenEndpoint = Optional.of(new TokenEndpoint(settings.oauthApps, issuer, settings.clock));
            server.createContext("/", tokenEndpoint.get());
            bearerTokens = Optional.of(bearerTokens.map(given -> given.or(issuer)).orElse(issuer));
        }
        server.createContext(EWS_PATH, new SoapEndpoint(store, OperationRegistry.standard(),
                new Authenticator(settings.users, bearerTokens), faults, counters, settings.maxRequestBytes));
        FaultControlApi.register(server, faults, counters);

        // learners, inbox injection and inspection: the Java API below and the JSON API under /sandbox/api
        EmailAddress organizer = EmailAddress.of(settings.organizer);
        this.responder = new MeetingResponder(store, organizer);
        this.inboxInjector = new InboxInjector(store, organizer);
        this.views = new MailboxViews(store, organizer);
        this.scriptedLearners = new ScriptedLearners(responder, settings.scriptedAnswers,
                settings.defaultScriptedAnswer);
        store.addDeliveryListener(scriptedLearners);
        InspectionEndpoint inspection = new InspectionEndpoint(views);
        server.createContext(InspectionEndpoint.MAILBOXES_PATH, inspection);
        server.createContext(InspectionEndpoint.MEETINGS_PATH, inspection);
        server.createContext(ResponsesEndpoint.PATH, new ResponsesEndpoint(responder, views));
        server.createContext(InboxEndpoint.PATH, new InboxEndpoint(inboxInjector));

        server.start();
    }

    /** An HTTP server, or an HTTPS one when the builder was given a TLS context. */
    private static HttpServer createServer(Builder settings) throws IOException {
        InetSocketAddress address = new InetSocketAddress(settings.host, settings.port);
        if (settings.tls == null) {
            return HttpServer.create(address, 64);
        }
        HttpsServer https = HttpsServer.create(address, 64);
        https.setHttpsConfigurator(new HttpsConfigurator(settings.tls));
        return https;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The EWS endpoint to configure in a client, e.g. {@code http://127.0.0.1:8765/EWS/Exchange.asmx}. */
    public URI ewsUrl() {
        return URI.create(baseUrl() + EWS_PATH);
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:8765}. */
    public URI baseUrl() {
        return URI.create((settings.tls == null ? "http://" : "https://") + settings.host + ":" + port());
    }

    /**
     * The OAuth2 authority host of the sandbox's token endpoint (its HTTPS root URL), for a client's authority
     * setting; the token endpoint is {@code <authority host>/<tenant>/oauth2/v2.0/token}.
     */
    public URI authorityHost() {
        return baseUrl();
    }

    /** The token endpoint of a tenant, as Entra ID names it. */
    public URI tokenEndpoint(String tenant) {
        return URI.create(authorityHost() + "/" + tenant + "/oauth2/v2.0/token");
    }

    /** How many OAuth2 access tokens the token endpoint issued since the start. */
    public int tokensIssued() {
        return tokenEndpoint.map(TokenEndpoint::tokensIssued).orElse(0);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The organizer's (service account's) address. */
    public String organizer() {
        return settings.organizer;
    }

    MailboxStore store() {
        return store;
    }

    // ---- learners, inbox injection and inspection ----

    /** A learner answering meetings by uid, e.g. {@code sandbox.learner("a@example.com").accept(uid)}. */
    public Learner learner(String address) {
        return new Learner(address, responder);
    }

    /**
     * Sends a learner's answer (with a delegate, comment, proposed time or send time if wanted) and returns the id
     * of the meeting response in the organizer's inbox.
     *
     * @throws IllegalArgumentException for an unknown meeting or a learner who is not an attendee
     */
    public String respond(LearnerAnswer answer) {
        return responder.respond(answer);
    }

    /** Puts other mail into the organizer's inbox: ordinary mail, out-of-office replies, bounces, foreign answers. */
    public InboxInjector inject() {
        return inboxInjector;
    }

    /** The organizer's meetings, with each attendee's last answer. */
    public List<ItemView> meetings() {
        return views.meetings();
    }

    /** The organizer's meeting with this subject, e.g. to learn its uid. */
    public ItemView meeting(String subject) {
        return views.meeting(subject);
    }

    /** The addresses of all mailboxes, sorted. */
    public List<String> mailboxes() {
        return views.addresses();
    }

    /** A snapshot of one mailbox with all its folders and items. */
    public MailboxView mailbox(String address) {
        return views.mailbox(address).orElseThrow(() -> new IllegalArgumentException("no mailbox " + address));
    }

    /** The meeting requests, updates and cancellations that reached a learner, oldest first. */
    public List<ItemView> received(String learner) {
        return views.received(learner);
    }

    // ---- end of learners, inbox injection and inspection ----

    /** The failures and latency put on EWS requests, switchable while the sandbox runs. */
    public Faults faults() {
        return faults;
    }

    /** Requests and items per operation since the start or the last {@code counters().reset()}. */
    public RequestCounters counters() {
        return counters;
    }

    @Override
    public void close() {
        scriptedLearners.close();
        server.stop(0);
        executor.shutdownNow(); // interrupts requests held by latency or a NO_ANSWER fault
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "ews-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Settings of a sandbox; {@link #start()} starts it. Defaults: 127.0.0.1, any free port, organizer svc@example.com. */
    public static final class Builder {

        public static final String DEFAULT_ORGANIZER = "svc@example.com";
        public static final String DEFAULT_PASSWORD = "sandbox";

        private String host = "127.0.0.1";
        private int port;
        private String organizer = DEFAULT_ORGANIZER;
        private final Map<String, Authenticator.BasicUser> users = new LinkedHashMap<>();
        private final List<String> mailboxes = new ArrayList<>();
        private int maxRequestBytes = 10 * 1024 * 1024;
        private BearerTokenValidator bearerTokens;
        private final List<OAuthApp> oauthApps = new ArrayList<>();
        private Duration tokenLifetime = Duration.ofMinutes(60);
        private SSLContext tls;
        private Clock clock = Clock.systemUTC();
        private final Map<String, ScriptedLearners.ScriptedAnswer> scriptedAnswers = new LinkedHashMap<>();
        private ScriptedLearners.ScriptedAnswer defaultScriptedAnswer;

        private Builder() {
        }

        /** The interface to listen on; default 127.0.0.1 (use 0.0.0.0 to be reachable from elsewhere). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; 0 (the default) picks any free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The service account whose calendar holds the meetings. */
        public Builder organizer(String address) {
            this.organizer = address;
            return this;
        }

        /**
         * More mailboxes of the organization, e.g. another trainer's. Acting for an address without a mailbox fails
         * with ErrorNonExistentMailbox, as in Exchange; learners' mailboxes appear when they are first sent mail.
         */
        public Builder mailbox(String... addresses) {
            mailboxes.addAll(List.of(addresses));
            return this;
        }

        /** A Basic user whose own mailbox is {@code mailbox}, allowed to act for the {@code alsoFor} mailboxes too. */
        public Builder basicUser(String name, String password, String mailbox, String... alsoFor) {
            users.put(name, new Authenticator.BasicUser(password, mailbox, Set.of(alsoFor)));
            return this;
        }

        /** Serve HTTPS with this context's key and certificate (e.g. loaded from a PKCS#12 key store). */
        public Builder tls(SSLContext context) {
            this.tls = context;
            return this;
        }

        /**
         * Accepts OAuth2 bearer tokens ({@code Authorization: Bearer ...}) besides Basic; e.g.
         * {@code BearerTokenValidator.appToken("demo-token")} for an app that may impersonate every mailbox.
         */
        public Builder bearerTokens(BearerTokenValidator validator) {
            this.bearerTokens = validator;
            return this;
        }

        /**
         * Registers an app with the sandbox's OAuth2 token endpoint ({@code POST /<tenant>/oauth2/v2.0/token},
         * client-credentials grant, like Entra ID's), whose signed tokens the EWS endpoint then accepts. Needs
         * {@link #tls}: token endpoints are HTTPS only, and msal4j insists.
         */
        public Builder oauthApp(OAuthApp app) {
            oauthApps.add(app);
            return this;
        }

        /** How long the token endpoint's access tokens are valid (by {@link #clock}); default 60 minutes. */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = lifetime;
            return this;
        }

        /** Requests larger than this are refused with HTTP 413; default 10 MiB. */
        public Builder maxRequestBytes(int bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        /** The clock stamping items (DateTimeSent, DateTimeReceived) and timing tokens; for tests. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** For the demo: this learner answers every new invitation by itself, {@code delay} after it arrived. */
        public Builder scriptedAnswer(String learner, Answer answer, Duration delay) {
            scriptedAnswers.put(learner, new ScriptedLearners.ScriptedAnswer(answer, delay));
            return this;
        }

        /** For the demo: how learners not named in {@link #scriptedAnswer} answer; by default they stay silent. */
        public Builder defaultScriptedAnswer(Answer answer, Duration delay) {
            this.defaultScriptedAnswer = new ScriptedLearners.ScriptedAnswer(answer, delay);
            return this;
        }

        public EwsSandbox start() {
            if (users.isEmpty()) {
                basicUser(organizer, DEFAULT_PASSWORD, organizer);
            }
            if (!oauthApps.isEmpty() && tls == null) {
                throw new IllegalStateException("the OAuth2 token endpoint needs HTTPS: give the sandbox a TLS context");
            }
            try {
                return new EwsSandbox(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the EWS sandbox on " + host + ":" + port, e);
            }
        }
    }
}
