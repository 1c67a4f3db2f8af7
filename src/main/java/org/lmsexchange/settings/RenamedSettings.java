package org.lmsexchange.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Settings that were renamed when the ews component's options stopped being copied from keys of the connector's own
 * (each option is now set once, as camel.component.ews.*, with its default in the component). A settings file,
 * environment variable or -D property that still uses an old name would otherwise be ignored without a word, and the
 * connector run with a default where the operator set a value (a password, a time-out): start-up stops instead,
 * naming each old key and its new one.
 */
final class RenamedSettings {

    private static final Map<String, String> NEW_NAMES = newNames();

    private RenamedSettings() {
    }

    /**
     * @param files       every key of the settings files, the user's included
     * @param environment the process's environment variables
     * @throws SettingsException naming each old key still set, where, and its new name
     */
    static void check(Properties files, Map<String, String> environment, Properties systemProperties) {
        List<String> found = new ArrayList<>();
        NEW_NAMES.forEach((old, renamed) -> {
            String variable = EnvironmentSettings.variableOf(old);
            if (files.getProperty(old) != null) {
                found.add(old + " (settings file) is now " + renamed);
            }
            if (environment.get(variable) != null) {
                found.add(variable + " (environment) is now " + EnvironmentSettings.variableOf(renamed));
            }
            if (systemProperties.getProperty(old) != null) {
                found.add("-D" + old + " is now -D" + renamed);
            }
        });
        if (!found.isEmpty()) {
            throw new SettingsException("Renamed settings are still set, and would be ignored: " + String.join("; ", found)
                    + ". Set them by their new names (docs/configuration.md, Renamed settings).");
        }
    }

    private static Map<String, String> newNames() {
        Map<String, String> names = new LinkedHashMap<>();
        String ews = "camel.component.ews.";
        for (String same : List.of("url", "auth", "username", "password", "domain", "page-size", "busy-retries")) {
            names.put("ews." + same, ews + same);
        }
        for (String oauth2 : List.of("tenant", "authority-host", "client-id", "client-secret", "certificate",
                "certificate-password", "scope")) {
            names.put("ews.oauth2." + oauth2, ews + "oauth2-" + oauth2);
        }
        for (String tls : List.of("trust-store", "trust-store-type", "trust-store-password")) {
            names.put("ews.tls." + tls, ews + tls);
        }
        names.put("ews.timeout-ms", ews + "timeout");
        names.put("ews.max-response-bytes", ews + "max-response-size");
        names.put("ews.busy-back-off-ms", ews + "busy-back-off");
        names.put("ews.max-back-off-ms", ews + "max-back-off");
        names.put("connector.responses.reread-left-after-ms", ews + "kept-reread-delay");
        names.put("connector.responses.accept-sent-on-behalf", ews + "accept-sent-on-behalf");
        names.put("connector.responses.sent-time-tolerance-ms", ews + "sent-time-tolerance");
        return names;
    }

    /** Each old name and its new one, for the documentation's table. */
    static Map<String, String> newNamesByOld() {
        return NEW_NAMES;
    }
}
