package org.lmsexchange.check;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.lmsexchange.settings.ConfigOption;
import org.lmsexchange.settings.SettingsException;
import org.lmsexchange.settings.SettingsFiles;
import org.lmsexchange.settings.UrlSecrets;

/**
 * {@code java -jar lms-exchange-connector.jar check [--write] [--config FILE]}: connects with the connector's own
 * settings and prints a checklist, one line per check, with the likely cause and the setting to change for each
 * failure. Exit code 0 when every check passed, 1 otherwise, 2 for a usage error. Starts no routes and, without
 * --write, changes nothing anywhere.
 */
public final class CheckCommand {

    static final String USAGE = """
            usage: java -jar lms-exchange-connector.jar check [--write] [--config FILE]
            Checks the connector's settings (the jar's defaults, the settings file, environment variables,
            -D properties) without starting it: the LMS database and its pending events, the EWS URL and its
            certificate, the Exchange sign-in, and the mailbox's calendar and inbox.
              --write        also create a meeting without attendees in the mailbox's calendar and delete it
                             again (nobody is invited)
              --config FILE  the settings file over the jar's defaults (default: $CONNECTOR_CONFIG, else
                             application.properties in the working directory, if there is one)
              --help         this text
            Exit code: 0 all checks passed, 1 a check failed or was skipped, 2 usage error.
            """;

    private CheckCommand() {
    }

    public static void main(String[] args) {
        // the checklist is the output; Camel's and the pool's start-up lines would bury it
        Configurator.setRootLevel(Level.WARN);
        System.exit(run(args, Map.of(), System.out));
    }

    /**
     * Runs the command as {@code main} does, with {@code overrides} winning over every other source of settings
     * (like -D properties); returns the exit code.
     */
    public static int run(String[] args, Map<String, String> overrides, PrintStream out) {
        ConfigOption options;
        try {
            options = ConfigOption.parse(args);
        } catch (SettingsException e) {
            out.println(e.getMessage());
            out.print(USAGE);
            return 2;
        }
        boolean write = false;
        for (String arg : options.otherArguments()) {
            switch (arg) {
                case "--write" -> write = true;
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    out.println("unknown option " + arg);
                    out.print(USAGE);
                    return 2;
                }
            }
        }
        return check(options.file(), write, overrides, out);
    }

    private static int check(String configFile, boolean write, Map<String, String> overrides, PrintStream out) {
        ConnectorSettings settings;
        try {
            settings = ConnectorSettings.load(SettingsFiles.locate(configFile), System.getenv(), overrides);
        } catch (Exception e) {
            out.println("[FAIL] Settings: the connector's settings cannot be loaded: " + UrlSecrets.mask(e.getMessage()));
            return 1;
        }
        List<CheckResult> results = new ArrayList<>();
        try (settings) {
            results.add(new LmsCheck(settings).run());
            results.addAll(new EwsChecks(settings.ews(), write).run());
        } catch (RuntimeException e) {
            // a failure no check foresaw: what was found so far still counts, and this one is shown as it is
            results.add(CheckResult.fail("Check stopped by an unexpected " + e.getClass().getSimpleName(),
                    e.getMessage(), null));
        }
        results.forEach(result -> result.print(out));
        boolean passed = results.stream().allMatch(CheckResult::passed);
        if (!write && passed) {
            out.println("All checks passed. `check --write` also creates and deletes a test meeting without attendees.");
        } else if (passed) {
            out.println("All checks passed.");
        }
        return passed ? 0 : 1;
    }
}
