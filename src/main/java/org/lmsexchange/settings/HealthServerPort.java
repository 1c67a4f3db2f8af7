package org.lmsexchange.settings;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;

/**
 * The health server (camel.management.*) listens, or start-up stops. Camel's HTTP server logs a BindException when
 * its port is taken and lets the application run on without /observe/health, which an orchestrator then takes for
 * a connector that never got ready, or one that is not there. So before anything starts, the port is tried: if it
 * cannot be had, one message names the settings and how to switch the server off.
 */
public final class HealthServerPort extends MainListenerSupport {

    private static final String ENABLED = "camel.management.enabled";
    private static final String HOST = "camel.management.host";
    private static final String PORT = "camel.management.port";

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        PropertiesComponent properties = main.getCamelContext().getPropertiesComponent();
        if (!Boolean.parseBoolean(setting(properties, ENABLED, "false"))) {
            return;
        }
        String host = setting(properties, HOST, "0.0.0.0");
        int port = port(setting(properties, PORT, "8080"));
        if (port != 0) {
            tryToListen(host, port);
        }
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new SettingsException(PORT + " (" + EnvironmentSettings.variableOf(PORT) + ") is '" + value
                    + "', not a port number.");
        }
    }

    private static void tryToListen(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as the server itself binds: a port left in TIME_WAIT by a connector that just stopped is free
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingsException("The health server cannot listen on " + host + ":" + port + " (" + HOST + ", "
                    + PORT + "): " + e.getMessage() + ". Choose a free port with " + PORT + " ("
                    + EnvironmentSettings.variableOf(PORT) + "), or switch the health server off with " + ENABLED
                    + "=false (" + EnvironmentSettings.variableOf(ENABLED) + "=false).");
        }
    }

    /** camel-main's defaults apply where the settings leave a key out. */
    private static String setting(PropertiesComponent properties, String key, String defaultValue) {
        return properties.resolveProperty(key).map(String::trim).filter(value -> !value.isEmpty()).orElse(defaultValue);
    }
}
