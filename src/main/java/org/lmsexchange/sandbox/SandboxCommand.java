package org.lmsexchange.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.lmsexchange.sandbox.http.BearerTokenValidator;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.learners.ScriptSpec;
import org.lmsexchange.sandbox.oauth.OAuthApp;
import org.lmsexchange.sandbox.oauth.OAuthAppSpec;

/**
 * {@code java -jar lms-exchange-connector.jar sandbox [options]}: runs the EWS sandbox until Ctrl-C and prints
 * how to connect to it: its URL, its mailboxes and the credentials to use.
 */
public final class SandboxCommand {

    static final String USAGE = """
            usage: java -jar lms-exchange-connector.jar sandbox [options]
              --port N                 port to listen on (default 8765; 0 = any free port)
              --host ADDRESS           interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
              --organizer ADDRESS      the service-account mailbox (default svc@example.com)
              --mailbox ADDRESS        another mailbox of the organization, e.g. a trainer's (repeatable);
                                       acting for an address without a mailbox is ErrorNonExistentMailbox
              --user NAME:PASSWORD     a Basic user acting for the organizer mailbox (repeatable;
                                       default: the organizer's address with password 'sandbox')
              --bearer-token TOKEN     also accept this OAuth2 bearer token, as an app allowed to
                                       impersonate every mailbox (full_access_as_app)
              --tls-keystore FILE      serve HTTPS with the key and certificate in this PKCS#12 file, e.g.
                                       keytool -genkeypair -keyalg RSA -dname CN=127.0.0.1
                                         -ext SAN=ip:127.0.0.1,dns:localhost -storetype PKCS12
                                         -keystore sandbox.p12 -storepass changeit -validity 30
              --tls-password PASSWORD  the PKCS#12 file's password
              --oauth-app SPEC         register an app with the OAuth2 token endpoint (needs HTTPS;
                                       repeatable): tenant=T,client-id=C plus secret=S and/or
                                       certificate=FILE (PEM or DER, the one uploaded for the app),
                                       roles=A|B (default full_access_as_app; empty: none). Its tokens
                                       come from POST <url>/<tenant>/oauth2/v2.0/token
              --token-minutes N        how long access tokens are valid (default 60)
              --script SPEC            learners who answer by themselves, e.g.
                                       ada@example.com=accept:2s,bob@example.com=decline:5s,*=tentative:10s
              --latency MS             delay every EWS request by MS milliseconds
              --fault KIND             fail every EWS request this way until the faults are cleared
                                       (DELETE /sandbox/api/faults), to rehearse what `check` reports;
                                       KIND: %s
              --help                   this text
            """.formatted(FaultKind.wireNames());

    private SandboxCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        EwsSandbox sandbox;
        try {
            sandbox = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (sandbox == null) {
            return; // --help
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** Starts a sandbox as the options say and prints how to use it; null for --help. */
    static EwsSandbox start(String[] args, PrintStream out) {
        EwsSandbox.Builder builder = EwsSandbox.builder().port(8765);
        List<String> users = new ArrayList<>();
        String bearerToken = null;
        String organizer = EwsSandbox.Builder.DEFAULT_ORGANIZER;
        String script = null;
        Duration latency = Duration.ZERO;
        List<FaultKind> faults = new ArrayList<>();
        String tlsKeyStore = null;
        String tlsPassword = null;
        List<OAuthApp> apps = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return null;
                }
                case "--port" -> builder.port(number(option, value(args, ++i, option)));
                case "--host" -> builder.host(value(args, ++i, option));
                case "--organizer" -> organizer = value(args, ++i, option);
                case "--user" -> users.add(value(args, ++i, option));
                case "--bearer-token" -> bearerToken = value(args, ++i, option);
                case "--script" -> script = value(args, ++i, option);
                case "--mailbox" -> builder.mailbox(value(args, ++i, option));
                case "--latency" -> latency = Duration.ofMillis(number(option, value(args, ++i, option)));
                case "--fault" -> faults.add(faultKind(value(args, ++i, option)));
                case "--tls-keystore" -> tlsKeyStore = value(args, ++i, option);
                case "--tls-password" -> tlsPassword = value(args, ++i, option);
                case "--oauth-app" -> apps.add(OAuthAppSpec.parse(value(args, ++i, option)));
                case "--token-minutes" -> builder.tokenLifetime(Duration.ofMinutes(number(option, value(args, ++i, option))));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        builder.organizer(organizer);
        for (String user : users) {
            String[] nameAndPassword = user.split(":", 2);
            if (nameAndPassword.length != 2 || nameAndPassword[0].isBlank() || nameAndPassword[1].isEmpty()) {
                throw new IllegalArgumentException("--user needs NAME:PASSWORD, not '" + user + "'");
            }
            builder.basicUser(nameAndPassword[0], nameAndPassword[1], organizer);
        }
        if (bearerToken != null) {
            builder.bearerTokens(BearerTokenValidator.appToken(bearerToken));
        }
        if (tlsKeyStore != null) {
            builder.tls(TlsKeyStore.load(Path.of(tlsKeyStore), tlsPassword));
        } else if (!apps.isEmpty()) {
            throw new IllegalArgumentException("--oauth-app needs HTTPS: give --tls-keystore (token endpoints are HTTPS only)");
        }
        apps.forEach(builder::oauthApp);
        ScriptSpec.apply(script, builder);
        EwsSandbox sandbox = builder.start();
        sandbox.faults().latency(latency);
        // "every request": as many failures as a sandbox run can ever see
        faults.forEach(kind -> sandbox.faults().inject(FaultPlan.of(kind, Integer.MAX_VALUE)));
        printBanner(out, sandbox, users, bearerToken, script);
        printOAuth2(out, sandbox, tlsKeyStore, apps);
        faults.forEach(kind -> out.println("  Fault:          every EWS request fails as " + kind.wireName()
                + " until DELETE " + sandbox.baseUrl() + "/sandbox/api/faults"));
        printConnectHints(out, sandbox, tlsKeyStore, apps);
        return sandbox;
    }

    private static FaultKind faultKind(String name) {
        return FaultKind.fromWireName(name).orElseThrow(() -> new IllegalArgumentException(
                "--fault needs one of " + FaultKind.wireNames() + ", not '" + name + "'"));
    }

    /** The HTTPS certificate and the token endpoint of each app; never a secret. */
    private static void printOAuth2(PrintStream out, EwsSandbox sandbox, String tlsKeyStore, List<OAuthApp> apps) {
        if (tlsKeyStore != null) {
            out.println("  HTTPS:          certificate from " + tlsKeyStore);
        }
        for (OAuthApp app : apps) {
            out.println("  OAuth2 app:     tenant " + app.tenant() + ", client id " + app.clientId() + ", roles "
                    + app.roles());
            out.println("  Token endpoint: " + sandbox.tokenEndpoint(app.tenant()));
        }
    }

    /** The settings that connect the connector: Basic, and OAuth2 for each app. */
    private static void printConnectHints(PrintStream out, EwsSandbox sandbox, String tlsKeyStore, List<OAuthApp> apps) {
        String ews = "CAMEL_COMPONENT_EWS_";
        String trust = tlsKeyStore == null ? ""
                : " " + ews + "TRUST_STORE=" + tlsKeyStore + " " + ews + "TRUST_STORE_PASSWORD=...";
        String where = ews + "URL=" + sandbox.ewsUrl() + " EWS_MAILBOX=" + sandbox.organizer();
        out.println("Connect the connector with " + where + " " + ews + "USERNAME=... " + ews + "PASSWORD=..." + trust);
        for (OAuthApp app : apps) {
            out.println("  or with OAuth2: " + where + " " + ews + "AUTH=oauth2 " + ews + "OAUTH2_AUTHORITY_HOST="
                    + sandbox.authorityHost() + " " + ews + "OAUTH2_TENANT=" + app.tenant() + " " + ews
                    + "OAUTH2_CLIENT_ID=" + app.clientId() + " " + ews + "OAUTH2_CLIENT_SECRET=... (or " + ews
                    + "OAUTH2_CERTIFICATE=...)" + trust);
        }
    }

    private static void printBanner(PrintStream out, EwsSandbox sandbox, List<String> users, String bearerToken,
                                    String script) {
        out.println("EWS sandbox running. Stop it with Ctrl-C.");
        out.println("  EWS URL:        " + sandbox.ewsUrl());
        out.println("  Organizer:      " + sandbox.organizer() + "  (the service account; its calendar and inbox)");
        out.println("  Attendees:      any address: a mailbox is created when mail first reaches it");
        if (users.isEmpty()) {
            out.println("  Basic user:     " + sandbox.organizer() + " / " + EwsSandbox.Builder.DEFAULT_PASSWORD);
        }
        users.forEach(user -> out.println("  Basic user:     " + user.replaceFirst(":", " / ")));
        if (bearerToken != null) {
            out.println("  Bearer token:   " + bearerToken + "  (impersonates any mailbox; send X-AnchorMailbox)");
        }
        if (script != null) {
            out.println("  Scripted:       " + script);
        }
        out.println("  Mailboxes:      " + sandbox.baseUrl() + "/sandbox/api/mailboxes");
        out.println("  Meetings:       " + sandbox.baseUrl() + "/sandbox/api/meetings");
        out.println("  Faults:         " + sandbox.baseUrl() + "/sandbox/api/faults   (see docs/sandbox.md)");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }
}
