package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmsexchange.ConnectorApplication;

/**
 * A setting set by its old name (before the ews component's options were set as camel.component.ews.*) would be
 * ignored without a word: start-up stops instead, naming where it is set and its new name, without its value.
 */
class RenamedSettingsTest {

    @TempDir
    Path workingDirectory;

    @Test
    void oldNamesInTheSettingsFileAndTheEnvironmentStopStartUpNamingTheNewOnes() throws Exception {
        Files.writeString(workingDirectory.resolve("application.properties"),
                "ews.timeout-ms = 60000\nconnector.responses.reread-left-after-ms = 1000\news.mailbox = svc@example.com\n");
        SettingsFiles files = SettingsFiles.locate(null, Map.of(), workingDirectory);
        Map<String, String> environment = Map.of("EWS_PASSWORD", "s3cret-value", "EWS_OAUTH2_CLIENT_ID", "app");

        assertThatThrownBy(() -> ConnectorApplication.newMain(files, environment))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("ews.timeout-ms (settings file) is now camel.component.ews.timeout")
                .hasMessageContaining("connector.responses.reread-left-after-ms (settings file) is now "
                        + "camel.component.ews.kept-reread-delay")
                .hasMessageContaining("EWS_PASSWORD (environment) is now CAMEL_COMPONENT_EWS_PASSWORD")
                .hasMessageContaining("EWS_OAUTH2_CLIENT_ID (environment) is now CAMEL_COMPONENT_EWS_OAUTH2_CLIENT_ID")
                .hasMessageNotContaining("s3cret-value")
                .hasMessageNotContaining("mailbox");
    }

    @Test
    void theNewNamesAndTheMailboxStartAsUsual() throws Exception {
        Files.writeString(workingDirectory.resolve("application.properties"),
                "camel.component.ews.timeout = 60000\news.mailbox = svc@example.com\n");
        SettingsFiles files = SettingsFiles.locate(null, Map.of(), workingDirectory);

        assertThat(ConnectorApplication.newMain(files, Map.of("CAMEL_COMPONENT_EWS_PASSWORD", "pw"))).isNotNull();
    }

    @Test
    void everyRenamedSettingIsInTheDocumentationsTable() throws Exception {
        String configuration = Files.readString(Path.of("docs/configuration.md"));
        RenamedSettings.newNamesByOld().forEach((old, renamed) ->
                assertThat(configuration).contains("| `" + old + "` | `" + renamed + "` |"));
    }
}
