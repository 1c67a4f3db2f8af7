package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which settings file overrides the jar's defaults (--config, else CONNECTOR_CONFIG, else application.properties in
 * the working directory), and the order every source wins in: -D over environment variables over that file over the
 * jar's defaults.
 */
class SettingsFilesTest {

    @TempDir
    Path directory;

    @Test
    void withNoFileNamedAndNoneInTheWorkingDirectoryTheJarsDefaultsAreAll() {
        SettingsFiles files = SettingsFiles.locate(null, Map.of(), directory);

        assertThat(files.overrides()).isEmpty();
        assertThat(files.placeholderLocations()).isEqualTo("classpath:application.properties,classpath:demo/demo.properties");
    }

    @Test
    void anApplicationPropertiesInTheWorkingDirectoryOverridesTheDefaults() throws IOException {
        Path local = Files.writeString(directory.resolve("application.properties"), "ews.mailbox = local@example.com\n");

        assertThat(SettingsFiles.locate(null, Map.of(), directory).overrides()).contains(local);
    }

    @Test
    void connectorConfigWinsOverTheWorkingDirectoryAndTheOptionOverBoth() throws IOException {
        Files.writeString(directory.resolve("application.properties"), "");
        Path named = Files.writeString(directory.resolve("named.properties"), "");
        Path option = Files.writeString(directory.resolve("option.properties"), "");
        Map<String, String> environment = Map.of("CONNECTOR_CONFIG", "named.properties");

        assertThat(SettingsFiles.locate(null, environment, directory).overrides()).contains(named);
        assertThat(SettingsFiles.locate(option.toString(), environment, directory).overrides()).contains(option);
    }

    @Test
    void aNamedFileThatDoesNotExistStopsStartUpNamingIt() {
        Path missing = directory.resolve("conf/connector.properties");

        assertThat(catchThrowable(() -> SettingsFiles.locate("conf/connector.properties", Map.of(), directory)))
                .isInstanceOf(SettingsException.class)
                .hasMessage("--config names the settings file " + missing + ", which does not exist");
        assertThat(catchThrowable(() -> SettingsFiles.locate(null, Map.of("CONNECTOR_CONFIG", missing.toString()), directory)))
                .hasMessage("CONNECTOR_CONFIG names the settings file " + missing + ", which does not exist");
    }

    @Test
    void theConfigOptionIsTakenFromTheCommandLineAndTheRestLeft() {
        ConfigOption spaced = ConfigOption.parse(new String[] {"--write", "--config", "a.properties"});
        ConfigOption joined = ConfigOption.parse(new String[] {"--config=b.properties"});

        assertThat(spaced.file()).isEqualTo("a.properties");
        assertThat(spaced.otherArguments()).containsExactly("--write");
        assertThat(joined.file()).isEqualTo("b.properties");
        assertThat(ConfigOption.parse(new String[] {"--write"}).file()).isNull();
        assertThat(catchThrowable(() -> ConfigOption.parse(new String[] {"--config"})))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("--config needs the name of a settings file");
    }

    @Test
    void minusDWinsOverTheEnvironmentWhichWinsOverTheFileWhichWinsOverTheDefaults() throws Exception {
        Files.writeString(directory.resolve("application.properties"), """
                connector.events.batch-size = 10
                connector.events.retry-after-s = 11
                connector.events.poll-period-ms = 12
                camel.management.port = 13
                """);
        Map<String, String> environment = Map.of("CONNECTOR_EVENTS_RETRY_AFTER_S", "21",
                "CONNECTOR_EVENTS_POLL_PERIOD_MS", "22");
        System.setProperty("connector.events.poll-period-ms", "32");
        try (BootedSettings settings = BootedSettings.boot(SettingsFiles.locate(null, environment, directory),
                environment, Map.of("camel.management.enabled", "false"), false)) {

            assertThat(settings.setting("connector.events.stale-claim-after-s")).as("default").isEqualTo("900");
            assertThat(settings.setting("connector.events.batch-size")).as("file").isEqualTo("10");
            assertThat(settings.healthServer().getPort()).as("file, camel-main's own").isEqualTo(13);
            assertThat(settings.setting("connector.events.retry-after-s")).as("environment").isEqualTo("21");
            assertThat(settings.setting("connector.events.poll-period-ms")).as("-D").isEqualTo("32");
        } finally {
            System.clearProperty("connector.events.poll-period-ms");
        }
    }
}
