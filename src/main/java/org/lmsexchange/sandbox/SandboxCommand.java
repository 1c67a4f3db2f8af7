package org.lmsexchange.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.lmsexchange.sandbox.http.BearerTokenValidator;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.learners.ScriptSpec;

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
              --user NAME:PASSWORD     a Basic user acting for the organizer mailbox (repeatable;
                                       default: the organizer's address with password 'sandbox')
              --bearer-token TOKEN     also accept this OAuth2 bearer token, as an app allowed to
                                       impersonate every mailbox (full_access_as_app)
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
                case "--latency" -> latency = Duration.ofMillis(number(option, value(args, ++i, option)));
                case "--fault" -> faults.add(faultKind(value(args, ++i, option)));
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
        ScriptSpec.apply(script, builder);
        EwsSandbox sandbox = builder.start();
        sandbox.faults().latency(latency);
        // "every request": as many failures as a sandbox run can ever see
        faults.forEach(kind -> sandbox.faults().inject(FaultPlan.of(kind, Integer.MAX_VALUE)));
        printBanner(out, sandbox, users, bearerToken, script);
        faults.forEach(kind -> out.println("  Fault:          every EWS request fails as " + kind.wireName()
                + " until DELETE " + sandbox.baseUrl() + "/sandbox/api/faults"));
        return sandbox;
    }

    private static FaultKind faultKind(String name) {
        return FaultKind.fromWireName(name).orElseThrow(() -> new IllegalArgumentException(
                "--fault needs one of " + FaultKind.wireNames() + ", not '" + name + "'"));
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
        out.println("  Faults:         " + sandbox.baseUrl() + "/sandbox/api/faults   (see README)");
        out.println("Connect the connector with EWS_URL=" + sandbox.ewsUrl() + " EWS_MAILBOX=" + sandbox.organizer()
                + " EWS_USERNAME=... EWS_PASSWORD=...");
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
