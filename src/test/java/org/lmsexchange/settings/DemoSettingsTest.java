package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo fenced off: its settings (the demo LMS data, the built-in sandbox and its scripted learners) are in a file
 * of their own that the jar carries, demo/demo.properties, not in the operator's application.properties; they are
 * found from any working directory and overridden like every other setting.
 */
class DemoSettingsTest {

    private static final String DEMO_FILE = "demo/demo.properties";

    @TempDir
    Path workingDirectory;

    @Test
    void theOperatorsSettingsHoldNoDemoSetting() throws IOException {
        Properties demo = carried(DEMO_FILE);
        Properties operators = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("application.properties"))) {
            operators.load(in);
        }

        assertThat(demo.stringPropertyNames())
                .containsExactlyInAnyOrder("lms.demo-data", "lms.demo-changes", "sandbox.host", "sandbox.port", "sandbox.scripted-answers");
        assertThat(operators.stringPropertyNames()).as("the operator's application.properties")
                .doesNotContainAnyElementsOf(demo.stringPropertyNames())
                .noneMatch(key -> key.startsWith("sandbox."));
    }

    @Test
    void theDemoSettingsAreFoundFromAnyWorkingDirectoryWithNothingSet() throws Exception {
        try (BootedSettings settings = boot(Map.of())) {

            assertThat(settings.setting("lms.demo-data")).isEqualTo("auto");
            assertThat(settings.setting("sandbox.port")).isEqualTo("0");
            assertThat(settings.setting("sandbox.scripted-answers")).contains("chen@example.com=decline:4s");
        }
    }

    @Test
    void aSettingsFileAndEnvironmentVariablesOverrideTheDemosSettings() throws Exception {
        Files.writeString(workingDirectory.resolve("application.properties"), "sandbox.port = 8765\n");

        try (BootedSettings settings = boot(Map.of("LMS_DEMO_DATA", "true", "SANDBOX_HOST", "0.0.0.0"))) {

            assertThat(settings.setting("sandbox.port")).as("the settings file").isEqualTo("8765");
            assertThat(settings.setting("lms.demo-data")).as("LMS_DEMO_DATA").isEqualTo("true");
            assertThat(settings.setting("sandbox.host")).as("SANDBOX_HOST").isEqualTo("0.0.0.0");
            assertThat(settings.setting("sandbox.scripted-answers")).as("the demo's default")
                    .contains("ada@example.com=accept:2s");
        }
    }

    private BootedSettings boot(Map<String, String> environment) throws Exception {
        return BootedSettings.boot(SettingsFiles.locate(null, environment, workingDirectory), environment,
                Map.of("camel.management.enabled", "false"), false);
    }

    private static Properties carried(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DemoSettingsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s on the classpath, as the jar carries it", resource).isNotNull();
            properties.load(in);
        }
        return properties;
    }
}
