package org.lmsexchange.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;

/**
 * {@code connector.routes-directory}: the YAML routes from a directory instead of those the jar carries, e.g. a copy
 * of the project's routes/ to edit, which {@code camel.main.routes-reload-enabled} then reloads on change. Applied
 * before camel-main reads its own settings, from the settings as every source gives them.
 */
public final class RoutesDirectory extends MainListenerSupport {

    static final String SETTING = "connector.routes-directory";
    private static final String PATTERN = "*.camel.yaml";

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        PropertiesComponent properties = main.getCamelContext().getPropertiesComponent();
        properties.resolveProperty(SETTING).map(String::trim).filter(value -> !value.isEmpty()).ifPresent(value -> {
            Path directory = Path.of(value).toAbsolutePath().normalize();
            if (!Files.isDirectory(directory)) {
                throw new SettingsException(SETTING + " (" + EnvironmentSettings.variableOf(SETTING) + ") names "
                        + directory + ", which is not a directory. Name the directory holding the " + PATTERN
                        + " routes, or leave it empty for the routes the jar carries.");
            }
            properties.addOverrideProperty("camel.main.routes-include-pattern", "file:" + directory + "/" + PATTERN);
            properties.addOverrideProperty("camel.main.routes-reload-directory", directory.toString());
        });
    }
}
