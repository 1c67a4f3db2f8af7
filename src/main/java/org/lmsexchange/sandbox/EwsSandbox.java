package org.lmsexchange.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.lmsexchange.sandbox.http.Authenticator;
import org.lmsexchange.sandbox.http.BearerTokenValidator;
import org.lmsexchange.sandbox.http.EwsEndpoint;
import org.lmsexchange.sandbox.http.FaultControlApi;
import org.lmsexchange.sandbox.http.Faults;
import org.lmsexchange.sandbox.http.RequestCounters;
import org.lmsexchange.sandbox.ops.OperationRegistry;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.MailboxStore;

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

    private final Builder settings;
    private final MailboxStore store;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Faults faults = new Faults();
    private final RequestCounters counters = new RequestCounters();

    private EwsSandbox(Builder settings) throws IOException {
        this.settings = settings;
        this.store = new MailboxStore(settings.clock);
        store.mailbox(EmailAddress.of(settings.organizer));
        this.server = HttpServer.create(new InetSocketAddress(settings.host, settings.port), 64);
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(executor);
        server.createContext(EWS_PATH, new EwsEndpoint(store, OperationRegistry.standard(),
                new Authenticator(settings.users, Optional.ofNullable(settings.bearerTokens)),
                faults, counters, settings.maxRequestBytes));
        FaultControlApi.register(server, faults, counters);
        server.start();
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
        return URI.create("http://" + settings.host + ":" + port());
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
        private int maxRequestBytes = 10 * 1024 * 1024;
        private BearerTokenValidator bearerTokens;
        private Clock clock = Clock.systemUTC();

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

        /** A Basic user whose own mailbox is {@code mailbox}, allowed to act for the {@code alsoFor} mailboxes too. */
        public Builder basicUser(String name, String password, String mailbox, String... alsoFor) {
            users.put(name, new Authenticator.BasicUser(password, mailbox, Set.of(alsoFor)));
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

        /** Requests larger than this are refused with HTTP 413; default 10 MiB. */
        public Builder maxRequestBytes(int bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        /** The clock stamping items (DateTimeSent, DateTimeReceived); for tests. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public EwsSandbox start() {
            if (users.isEmpty()) {
                basicUser(organizer, DEFAULT_PASSWORD, organizer);
            }
            try {
                return new EwsSandbox(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the EWS sandbox on " + host + ":" + port, e);
            }
        }
    }
}
