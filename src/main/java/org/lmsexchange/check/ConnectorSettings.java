package org.lmsexchange.check;

import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.lmsexchange.ews.EwsComponent;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.lms.PoolShutdown;
import org.lmsexchange.settings.EnvironmentSettings;
import org.lmsexchange.settings.MainSettings;
import org.lmsexchange.settings.SettingsException;
import org.lmsexchange.settings.SettingsFiles;

/**
 * The connector's settings exactly as the connector sees them: camel-main reads the same settings files, applies
 * environment variables and -D properties the same way ({@link MainSettings}) and creates the same beans (the LMS
 * data source) and the same ews component configuration. Unlike the connector, it loads no routes and runs no
 * set-up: no table is migrated, no demo data loaded, no sandbox started. Used by {@code check} and {@code backfill}.
 */
public final class ConnectorSettings implements AutoCloseable {

    /** The service-account mailbox, the routes' ews endpoints' path ({@code ews:{{ews.mailbox}}}). */
    static final String MAILBOX = "ews.mailbox";

    private final Main main;
    private final CamelContext context;

    private ConnectorSettings(Main main) {
        this.main = main;
        this.context = main.getCamelContext();
    }

    /**
     * Boots camel-main without routes, reading {@code files} with {@code environment} as its environment variables;
     * {@code overrides} win over every other source, like -D properties.
     */
    public static ConnectorSettings load(SettingsFiles files, Map<String, String> environment, Map<String, String> overrides)
            throws Exception {
        Main main = MainSettings.newMain(files, environment);
        main.configure().setRoutesCollectorEnabled(false);
        // no health server: the connector itself may be running beside the check, on that port
        main.addOverrideProperty("camel.management.enabled", "false");
        overrides.forEach(main::addOverrideProperty);
        main.start();
        PoolShutdown.register(main.getCamelContext());
        return new ConnectorSettings(main);
    }

    public CamelContext context() {
        return context;
    }

    /** A setting with placeholders resolved; empty when it is missing or blank. */
    public Optional<String> property(String key) {
        return context.getPropertiesComponent().resolveProperty(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    /**
     * A setting the jar's settings files always give a default for: set blank (an empty environment variable), it
     * cannot work, as it cannot in the connector.
     */
    public String required(String key) {
        return property(key).orElseThrow(() -> new SettingsException(key + " (" + EnvironmentSettings.variableOf(key)
                + ") is empty: set it, or unset it to have its default"));
    }

    /** The ews component's settings (camel.component.ews.*), for the configured mailbox: what the routes' endpoints get. */
    EwsConfiguration ews() {
        EwsConfiguration configuration = context.getComponent("ews", EwsComponent.class).getConfiguration().copy();
        configuration.setMailbox(property(MAILBOX).orElse(null));
        return configuration;
    }

    @Override
    public void close() {
        main.stop();
    }
}
