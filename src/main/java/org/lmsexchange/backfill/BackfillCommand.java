package org.lmsexchange.backfill;

import java.io.PrintStream;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.lmsexchange.check.ConnectorSettings;
import org.lmsexchange.settings.SettingsException;
import org.lmsexchange.settings.SettingsFiles;
import org.lmsexchange.settings.UrlSecrets;

/**
 * {@code java -jar lms-exchange-connector.jar backfill --created-after INSTANT [--dry-run] [--config FILE]}: the
 * events created before the switch-on time are left alone until an administrator asks for them; this lists (dry run)
 * or connects those created from INSTANT on ({@link Backfill}). With the connector's own settings, as {@code check}.
 * Exit code 0 when done (or nothing to do), 1 when refused or failed, 2 for a usage error.
 */
public final class BackfillCommand {

    static final String USAGE = """
            usage: java -jar lms-exchange-connector.jar backfill --created-after INSTANT [--dry-run] [--config FILE]
            Connects the events created before the connector's switch-on time, from INSTANT on: those that are
            scheduled, have not ended and have no meeting yet. The running connector then creates their meetings
            and invites their learners at its next polls. Events that have ended are left alone.
              --created-after INSTANT  the earliest creation time to take on, ISO-8601 with offset,
                                       e.g. 2026-01-01T00:00:00Z
              --dry-run                only list those events (id, title, start, created, learners booked);
                                       change nothing
              --config FILE            the settings file over the jar's defaults (default: $CONNECTOR_CONFIG, else
                                       application.properties in the working directory, if there is one)
              --help                   this text
            Exit code: 0 done or nothing to do, 1 refused or failed, 2 usage error.
            """;

    private BackfillCommand() {
    }

    public static void main(String[] args) {
        // the list is the output; Camel's and the pool's start-up lines would bury it
        Configurator.setRootLevel(Level.WARN);
        System.exit(run(args, Map.of(), System.out));
    }

    /**
     * Runs the command as {@code main} does, with {@code overrides} winning over every other source of settings
     * (like -D properties); returns the exit code.
     */
    public static int run(String[] args, Map<String, String> overrides, PrintStream out) {
        BackfillOptions options;
        try {
            options = BackfillOptions.parse(args);
        } catch (SettingsException e) {
            out.println(e.getMessage());
            out.print(USAGE);
            return 2;
        }
        if (options.help()) {
            out.print(USAGE);
            return 0;
        }
        ConnectorSettings settings;
        try {
            settings = ConnectorSettings.load(SettingsFiles.locate(options.configFile()), System.getenv(), overrides);
        } catch (Exception e) {
            out.println("[FAIL] Settings: the connector's settings cannot be loaded: " + UrlSecrets.mask(e.getMessage()));
            return 1;
        }
        try (settings) {
            return new Backfill(settings, out).run(options.createdAfter(), options.dryRun());
        }
    }
}
