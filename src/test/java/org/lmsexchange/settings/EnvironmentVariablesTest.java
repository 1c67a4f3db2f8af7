package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.main.HttpManagementServerConfigurationProperties;
import org.apache.camel.util.StringHelper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmsexchange.ews.EwsComponent;
import org.lmsexchange.ews.EwsComponentConfigurer;

/**
 * docs/configuration.md: every setting of its tables (the operator's, and the demo's own) can be given as an
 * environment variable, upper case with dots and dashes as underscores. Each key of the tables gets a value unlike
 * its default through its variable, and the
 * running configuration must hold that value: the properties component, through which the connector reads its own
 * settings, and camel-main's own configuration for camel.* settings (the health server's port was the one ignored).
 */
class EnvironmentVariablesTest {

    @TempDir
    Path workingDirectory;

    @Test
    void everySettingInTheDocumentedTableIsSetByItsEnvironmentVariable() throws Exception {
        Properties defaults = DocumentedSettings.jarDefaults();
        List<String> keys = DocumentedSettings.rows(defaults).stream().flatMap(row -> row.keys().stream()).toList();
        assertThat(keys).as("the settings of docs/configuration.md, as this test reads its tables")
                .contains("lms.jdbc.password", "connector.management.password", "ews.mailbox", "camel.management.port", "connector.events.poll-period-ms", "connector.outage.max-back-off-ms",
                        "connector.policy.decline-response", "sql.pending-events", "lms.demo-data", "sandbox.port")
                .allSatisfy(key -> assertThat(defaults).as("the settings the jar carries").containsKey(key));
        Map<String, String> values = new LinkedHashMap<>();
        keys.forEach(key -> values.put(key, unlike(key, defaults.getProperty(key))));
        Map<String, String> environment = new LinkedHashMap<>();
        values.forEach((key, value) -> environment.put(documentedVariable(key), value));

        try (BootedSettings settings = BootedSettings.boot(SettingsFiles.locate(null, Map.of(), workingDirectory),
                environment, Map.of(), false)) {
            SoftAssertions softly = new SoftAssertions();
            values.forEach((key, value) -> softly.assertThat(running(settings, key))
                    .as("%s from %s", key, documentedVariable(key)).isEqualTo(value));
            softly.assertAll();
        }
    }

    /**
     * The options of the ews component are settings too, though the settings files name few of them: each is set by
     * CAMEL_COMPONENT_EWS_ and its name in upper case, as docs/ews-component.md lists them.
     */
    @Test
    void everyOptionOfTheEwsComponentIsSetByItsEnvironmentVariable() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("url", "https://mail.example.com/EWS/Exchange.asmx");
        values.put("oauth2ClientId", "from-variable");
        values.put("oauth2CertificatePassword", "from-variable");
        values.put("trustStoreType", "JKS");
        values.put("auth", "oauth2");
        values.put("timeout", 12345);
        values.put("maxResponseSize", 1234567L);
        values.put("keptRereadDelay", 4321L);
        values.put("acceptSentOnBehalf", true);
        values.put("sentTimeTolerance", 777L);
        values.put("answers", "DECLINE");
        values.put("markerPropertyName", "from-variable");
        values.put("busyBackOff", 5L);
        Map<String, String> environment = new LinkedHashMap<>();
        values.forEach((option, value) -> environment.put(
                documentedVariable("camel.component.ews." + StringHelper.camelCaseToDash(option)), value.toString()));

        try (BootedSettings settings = BootedSettings.boot(SettingsFiles.locate(null, Map.of(), workingDirectory),
                environment, Map.of(), false)) {
            EwsComponent component = settings.context().getComponent("ews", EwsComponent.class);
            EwsComponentConfigurer configurer = new EwsComponentConfigurer();
            SoftAssertions softly = new SoftAssertions();
            values.forEach((option, value) -> softly.assertThat(configurer.getOptionValue(component, option, false))
                    .as("%s from its environment variable", option).isEqualTo(value));
            softly.assertAll();
        }
    }

    /** The documented rule, written out here so that the test checks the rule and not the code. */
    private static String documentedVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Where the running application holds the setting. */
    private static String running(BootedSettings settings, String key) {
        if (!key.startsWith("camel.")) {
            return settings.setting(key);
        }
        HttpManagementServerConfigurationProperties health = settings.healthServer();
        return switch (key) {
            case "camel.management.enabled" -> String.valueOf(health.isEnabled());
            case "camel.management.host" -> health.getHost();
            case "camel.management.port" -> String.valueOf(health.getPort());
            default -> throw new AssertionError(
                    "docs/configuration.md names " + key + ": read it from camel-main's configuration here");
        };
    }

    /** A value unlike the default, of the same kind: the other boolean, the next number, a marked text. */
    private String unlike(String key, String defaultValue) {
        if (key.equals(RoutesDirectory.SETTING)) {
            return workingDirectory.toString(); // must be a directory
        }
        if (defaultValue.equals("true") || defaultValue.equals("false")) {
            return String.valueOf(!Boolean.parseBoolean(defaultValue));
        }
        if (key.equals("connector.policy.out-of-date-answers")) {
            return "ignore"; // one of two words
        }
        if (defaultValue.matches("\\d+")) {
            return String.valueOf(Long.parseLong(defaultValue) + 1);
        }
        return "from-" + documentedVariable(key);
    }
}
