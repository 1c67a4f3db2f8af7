package org.lmsexchange.settings;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Settings given as environment variables, one per key of the settings files: upper case, dots and dashes as
 * underscores ({@code connector.events.poll-period-ms} is {@code CONNECTOR_EVENTS_POLL_PERIOD_MS}).
 * <p>
 * camel-main maps some variables by itself, but not all: it skips every variable ending in {@code _PORT} (taking it
 * for a Kubernetes service link), so {@code CAMEL_MANAGEMENT_PORT} never reached the health server. Mapping every
 * known key here, the same way, makes the rule hold for all of them. A -D system property still wins over the
 * variable, as it does in Camel.
 */
public final class EnvironmentSettings {

    private EnvironmentSettings() {
    }

    /** The environment variable that sets {@code key}. */
    public static String variableOf(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The value of each of {@code keys} that {@code environment} sets and no system property does. */
    static Map<String, String> of(Set<String> keys, Map<String, String> environment, Properties systemProperties) {
        Map<String, String> settings = new TreeMap<>();
        for (String key : keys) {
            String value = environment.get(variableOf(key));
            if (value != null && systemProperties.getProperty(key) == null) {
                settings.put(key, value);
            }
        }
        return settings;
    }
}
