package org.lmsexchange;

import org.apache.camel.main.Main;

/**
 * The connector: a camel-main application whose routes are the YAML files in {@code routes/} and whose settings
 * are in {@code application.properties} (each overridable by an environment variable).
 */
public final class ConnectorApplication {

    private ConnectorApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main(ConnectorApplication.class);
        main.configure().addConfiguration(ConnectorSetup.class);
        main.run(args);
    }
}
