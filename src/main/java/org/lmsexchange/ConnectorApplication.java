package org.lmsexchange;

import org.apache.camel.main.Main;

/**
 * The connector: a camel-main application whose routes are the YAML files in {@code routes/} and whose settings
 * are in {@code application.properties} (each overridable by an environment variable).
 */
public final class ConnectorApplication {

    /** Where the settings are read from, relative to the working directory. */
    public static final String SETTINGS = "file:application.properties";

    private ConnectorApplication() {
    }

    public static void main(String[] args) throws Exception {
        newMain().run(args);
    }

    /** The application, configured but not started: what {@link #main} runs, and what benchmarks boot. */
    public static Main newMain() {
        Main main = new Main();
        // the settings live beside the routes, at the top of the project (or the container's working directory)
        main.setPropertyPlaceholderLocations(SETTINGS);
        main.configure().addConfiguration(ConnectorSetup.class);
        return main;
    }
}
