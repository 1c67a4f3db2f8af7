package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A default is written once, in the settings files the jar carries; what docs/configuration.md says of it, and what
 * the ews component's own metadata says of the option a setting feeds, must not drift from it.
 */
class DocumentedDefaultsTest {

    /** camel.component.ews.timeout = {{ews.timeout-ms}}: the component option and the setting that feeds it. */
    private static final Pattern BRIDGE = Pattern.compile("^\\{\\{([^}:]+)}}$");

    @Test
    void everyDefaultTheDocumentationGivesIsTheDefaultTheJarCarries() throws Exception {
        Properties defaults = DocumentedSettings.jarDefaults();
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        for (DocumentedSettings.Row row : DocumentedSettings.rows(defaults)) {
            for (int i = 0; i < row.keys().size(); i++) {
                String documented = row.defaults().get(i);
                if (documented != null) {
                    compared++;
                    softly.assertThat(defaults.getProperty(row.keys().get(i), "").trim())
                            .as("default of %s in docs/configuration.md", row.keys().get(i)).isEqualTo(documented);
                }
            }
        }
        softly.assertAll();
        assertThat(compared).as("defaults docs/configuration.md gives as values").isGreaterThan(40);
    }

    @Test
    void everySettingThatFeedsAnEwsOptionHasTheOptionsOwnDefault() throws Exception {
        Properties defaults = DocumentedSettings.jarDefaults();
        JsonNode options = componentOptions();
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        for (String key : defaults.stringPropertyNames()) {
            Matcher bridge = BRIDGE.matcher(defaults.getProperty(key).trim());
            if (key.startsWith("camel.component.ews.") && bridge.matches()) {
                String option = camelCase(key.substring("camel.component.ews.".length()));
                JsonNode optionDefault = options.path(option).path("defaultValue");
                softly.assertThat(options.has(option)).as("%s names an option of the ews component", key).isTrue();
                if (!optionDefault.isMissingNode()) {
                    compared++;
                    softly.assertThat(defaults.getProperty(bridge.group(1), "").trim())
                            .as("%s, which feeds the ews component's option %s", bridge.group(1), option)
                            .isEqualTo(optionDefault.asText());
                }
            }
        }
        softly.assertAll();
        assertThat(compared).as("ews settings compared with their option's default").isGreaterThan(5);
    }

    private static JsonNode componentOptions() throws Exception {
        try (InputStream in = DocumentedDefaultsTest.class.getClassLoader()
                .getResourceAsStream("META-INF/org/lmsexchange/ews/ews.json")) {
            return new ObjectMapper().readTree(in).path("componentProperties");
        }
    }

    /** oauth2-client-id -> oauth2ClientId, as camel-main reads a kebab-case option name. */
    private static String camelCase(String kebab) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
