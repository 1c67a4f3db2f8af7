package org.lmsexchange.settings;

import org.apache.camel.main.Main;

/**
 * camel-main reading the connector's settings: the settings files ({@link SettingsFiles}) and the routes' location
 * ({@link RoutesDirectory}). The one way the connector and {@code check} read them.
 */
public final class MainSettings {

    private MainSettings() {
    }

    /** A camel-main application reading {@code files}. */
    public static Main newMain(SettingsFiles files) {
        Main main = new Main();
        main.setPropertyPlaceholderLocations(files.placeholderLocations());
        main.addMainListener(new RoutesDirectory());
        return main;
    }
}
