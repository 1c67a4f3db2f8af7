package org.lmsexchange.settings;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * camel-main reading the connector's settings: the settings files ({@link SettingsFiles}), each key, and each option
 * of the ews component ({@link ComponentOptions}), overridable by its environment variable
 * ({@link EnvironmentSettings}) and by -D, and the routes' location
 * ({@link RoutesDirectory}). The one way the connector and {@code check} read them.
 */
public final class MainSettings {

    private MainSettings() {
    }

    /** A camel-main application reading {@code files}, with {@code environment} as its environment variables. */
    public static Main newMain(SettingsFiles files, Map<String, String> environment) {
        Main main = new Main();
        main.setPropertyPlaceholderLocations(files.placeholderLocations());
        Properties settings = files.read();
        RenamedSettings.check(settings, environment, System.getProperties());
        Set<String> keys = new TreeSet<>(settings.stringPropertyNames());
        keys.addAll(ComponentOptions.keys());
        EnvironmentSettings.of(keys, environment, System.getProperties()).forEach(main::addOverrideProperty);
        main.addMainListener(new RoutesDirectory());
        // before any setting is looked up: a driver's message may quote a piece of lms.jdbc.url with its password
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeInitialize(BaseMainSupport main) {
                main.getCamelContext().getPropertiesComponent()
                        .addPropertiesLookupListener((name, value, defaultValue, source) -> UrlSecrets.remember(value));
            }
        });
        return main;
    }
}
