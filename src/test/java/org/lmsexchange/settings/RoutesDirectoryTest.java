package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * connector.routes-directory: the routes of a directory instead of those the jar carries (which AnyWorkingDirectoryTest
 * runs from an empty directory).
 */
class RoutesDirectoryTest {

    @TempDir
    Path directory;

    @Test
    void theRoutesOfTheDirectoryNamedInsteadOfTheJars() throws Exception {
        Files.writeString(directory.resolve("edited.camel.yaml"), """
                - route:
                    id: edited
                    from:
                      uri: timer:edited?repeatCount=1
                      steps:
                        - log: edited
                """);
        try (BootedSettings settings = BootedSettings.boot(SettingsFiles.locate(null, Map.of(), directory), Map.of(),
                routesFrom(directory), true)) {

            assertThat(settings.context().getRoutes()).extracting(Route::getRouteId).containsExactly("edited");
            assertThat(settings.setting("camel.main.routes-reload-directory")).isEqualTo(directory.toString());
        }
    }

    @Test
    void aDirectoryThatDoesNotExistStopsStartUpNamingTheSetting() {
        Path missing = directory.resolve("routes");

        assertThat(catchThrowable(() -> BootedSettings.boot(SettingsFiles.locate(null, Map.of(), directory), Map.of(),
                routesFrom(missing), true)))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("connector.routes-directory (CONNECTOR_ROUTES_DIRECTORY) names " + missing
                        + ", which is not a directory");
    }

    /** The directory as the setting names it; no health server: test classes run side by side. */
    private static Map<String, String> routesFrom(Path directory) {
        return Map.of("connector.routes-directory", directory.toString(), "camel.management.enabled", "false");
    }
}
