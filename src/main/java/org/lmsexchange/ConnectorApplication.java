package org.lmsexchange;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.main.Main;
import org.lmsexchange.check.Causes;
import org.lmsexchange.settings.ConfigOption;
import org.lmsexchange.settings.HealthServerPort;
import org.lmsexchange.settings.MainSettings;
import org.lmsexchange.settings.SettingsException;
import org.lmsexchange.settings.SettingsFiles;
import org.lmsexchange.settings.SettingsSummary;
import org.lmsexchange.settings.UrlSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connector: a camel-main application whose routes are the YAML files the jar carries (or those of
 * connector.routes-directory) and whose settings are the jar's application.properties, overridden by a settings
 * file of the user's, environment variables and -D properties ({@link SettingsFiles}).
 */
public final class ConnectorApplication {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorApplication.class);

    private ConnectorApplication() {
    }

    /** Runs until stopped; a setting that cannot work stops start-up with one line naming it, and exit code 1. */
    public static void main(String[] args) throws Exception {
        try {
            ConfigOption command = ConfigOption.parse(args);
            newMain(SettingsFiles.locate(command.file()), System.getenv()).run(command.otherArguments());
        } catch (Exception e) {
            Optional<SettingsException> refused = Causes.chain(e).filter(SettingsException.class::isInstance)
                    .map(SettingsException.class::cast).findFirst();
            if (refused.isEmpty()) {
                // as the JVM would print it, but a driver's or Flyway's message may quote lms.jdbc.url with its password
                LOG.error("The connector stopped: {}", UrlSecrets.mask(stackTrace(e)));
                System.exit(1);
            }
            LOG.error(refused.get().getMessage());
            System.exit(1);
        }
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** The application as run from the working directory, configured but not started: what tests and benchmarks boot. */
    public static Main newMain() {
        return newMain(SettingsFiles.locate(null), System.getenv());
    }

    /** The application reading {@code files}, with {@code environment} as its environment variables. */
    public static Main newMain(SettingsFiles files, Map<String, String> environment) {
        Main main = MainSettings.newMain(files, environment);
        main.addMainListener(new HealthServerPort());
        main.addMainListener(new SettingsSummary());
        main.configure().addConfiguration(ConnectorSetup.class);
        return main;
    }
}
