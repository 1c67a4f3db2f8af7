package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Properties;
import org.apache.camel.util.StringHelper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A default is written once: in the settings files the jar carries, and for the ews component's options in the
 * component. What docs/configuration.md says of the first must not drift from them.
 */
class DocumentedDefaultsTest {

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
        assertThat(compared).as("defaults docs/configuration.md gives as values").isGreaterThan(25);
    }

    /**
     * The ews component's options have their defaults in the component (docs/ews-component.md lists them): the
     * settings files the jar carries set an option only to a value of the connector's own, never to the default again.
     */
    @Test
    void theSettingsFilesSetNoEwsOptionToItsDefaultAgain() throws Exception {
        Properties defaults = DocumentedSettings.jarDefaults();
        JsonNode options = componentOptions();
        SoftAssertions softly = new SoftAssertions();
        int set = 0;
        for (String key : defaults.stringPropertyNames()) {
            if (key.startsWith("camel.component.ews.")) {
                set++;
                String option = StringHelper.dashToCamelCase(key.substring("camel.component.ews.".length()));
                softly.assertThat(options.has(option)).as("%s names an option of the ews component", key).isTrue();
                softly.assertThat(defaults.getProperty(key).trim()).as("%s, the option's own default", key)
                        .isNotEqualTo(options.path(option).path("defaultValue").asText());
            }
        }
        softly.assertAll();
        assertThat(set).as("ews options the jar's settings files set").isPositive();
    }

    private static JsonNode componentOptions() throws Exception {
        try (InputStream in = DocumentedDefaultsTest.class.getClassLoader()
                .getResourceAsStream("META-INF/org/lmsexchange/ews/ews.json")) {
            return new ObjectMapper().readTree(in).path("componentProperties");
        }
    }
}
