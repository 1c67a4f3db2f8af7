package org.lmsexchange.settings;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.main.HttpManagementServerConfigurationProperties;
import org.apache.camel.main.Main;

/**
 * The connector's settings as camel-main reads them at start-up (MainSettings, the path the connector and check
 * share), booted without the connector's set-up: what each setting's value ends up as in the running configuration.
 */
final class BootedSettings implements AutoCloseable {

    private final Main main;

    private BootedSettings(Main main) {
        this.main = main;
    }

    /** Boots with {@code environment} as the environment variables and {@code overrides} as a test's own settings. */
    static BootedSettings boot(SettingsFiles files, Map<String, String> environment, Map<String, String> overrides,
                               boolean routes) throws Exception {
        Main main = MainSettings.newMain(files, environment);
        main.configure().setRoutesCollectorEnabled(routes);
        overrides.forEach(main::addOverrideProperty);
        main.start();
        return new BootedSettings(main);
    }

    /** A setting as the application reads it: through the properties component, placeholders resolved. */
    String setting(String key) {
        return context().getPropertiesComponent().resolveProperty(key).orElse(null);
    }

    /** The health server's configuration, as camel-main applied the camel.management.* settings. */
    HttpManagementServerConfigurationProperties healthServer() {
        return main.configure().httpManagementServer();
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() {
        main.stop();
    }
}
