package org.lmsexchange.settings;

import java.util.Map;
import org.apache.camel.main.Main;

/**
 * camel-main reading the connector's settings: the settings files ({@link SettingsFiles}), each key overridable by
 * its environment variable ({@link EnvironmentSettings}) and by -D, and the routes' location
 * ({@link RoutesDirectory}). The one way the connector and {@code check} read them.
 */
public final class MainSettings {

    private MainSettings() {
    }

    /** A camel-main application reading {@code files}, with {@code environment} as its environment variables. */
    public static Main newMain(SettingsFiles files, Map<String, String> environment) {
        Main main = new Main();
        main.setPropertyPlaceholderLocations(files.placeholderLocations());
        EnvironmentSettings.of(files.read().stringPropertyNames(), environment, System.getProperties())
                .forEach(main::addOverrideProperty);
        main.addMainListener(new RoutesDirectory());
        return main;
    }
}
