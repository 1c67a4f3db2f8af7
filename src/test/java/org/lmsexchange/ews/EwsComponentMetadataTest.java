package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The component JSON generated from the annotations, which tooling and Hawtio read, describes the options. */
class EwsComponentMetadataTest {

    private static final String METADATA = "/META-INF/org/lmsexchange/ews/ews.json";

    @Test
    void listsTheEndpointOptionsWithCredentialsMarkedSecret() throws Exception {
        JsonNode options = metadata().path("properties");

        assertThat(metadata().path("component").path("producerOnly").asBoolean()).isFalse();
        assertThat(options.fieldNames()).toIterable().contains("mailbox", "operation", "url", "username", "password");
        assertThat(options.path("url").path("required").asBoolean()).isTrue();
        assertThat(options.path("mailbox").path("kind").asText()).isEqualTo("path");
        assertThat(options.path("operation").path("enum")).extracting(JsonNode::asText)
                .containsExactly("createMeeting", "findMeetings", "updateMeeting", "addAttendees", "removeAttendees",
                        "cancelMeeting", "readAttendance", "findResponses", "deleteItems");
        assertThat(options.path("username").path("secret").asBoolean()).isTrue();
        assertThat(options.path("password").path("secret").asBoolean()).isTrue();
        assertThat(options.path("url").path("secret").asBoolean()).isFalse();
    }

    @Test
    void listsTheAuthenticationAndTrustOptionsWithTheirSecretsMarked() throws Exception {
        JsonNode options = metadata().path("properties");

        assertThat(options.path("auth").path("enum")).extracting(JsonNode::asText).containsExactly("basic", "oauth2");
        assertThat(options.path("auth").path("defaultValue").asText()).isEqualTo("basic");
        assertThat(options.path("oauth2Scope").path("defaultValue").asText()).isEqualTo("https://outlook.office365.com/.default");
        for (String secret : new String[] {"oauth2ClientSecret", "oauth2CertificatePassword", "trustStorePassword"}) {
            assertThat(options.path(secret).path("secret").asBoolean()).as(secret).isTrue();
        }
        assertThat(options.path("oauth2ClientId").path("secret").asBoolean()).isFalse();
        assertThat(options.path("trustStoreType").path("enum")).extracting(JsonNode::asText)
                .containsExactly("PKCS12", "JKS", "PEM");
    }

    @Test
    void listsTheConsumerOptionsWithThePollingOnesCamelGives() throws Exception {
        JsonNode options = metadata().path("properties");

        assertThat(options.path("keptRereadDelay").path("label").asText()).isEqualTo("consumer");
        assertThat(options.path("keptRereadDelay").path("defaultValue").asLong()).isEqualTo(600_000);
        assertThat(options.path("maxMessagesPerPoll").path("label").asText()).isEqualTo("consumer");
        assertThat(options.path("operation").path("label").asText()).isEqualTo("producer");
        assertThat(options.fieldNames()).toIterable()
                .contains("scheduler", "schedulerProperties", "pollStrategy", "exceptionHandler", "backoffMultiplier");
    }

    @Test
    void describesTheHeaders() throws Exception {
        JsonNode headers = metadata().path("headers");

        assertThat(headers.fieldNames()).toIterable().containsExactlyInAnyOrder(EwsConstants.OPERATION,
                EwsConstants.OFFSET, EwsConstants.NEXT_OFFSET, EwsConstants.MORE_AVAILABLE, EwsConstants.DISPOSITION,
                EwsConstants.CANCELLATION_TEXT);
        assertThat(headers.path(EwsConstants.DISPOSITION).path("label").asText()).isEqualTo("consumer");
        assertThat(headers.path(EwsConstants.DISPOSITION).path("enum")).extracting(JsonNode::asText)
                .containsExactly("DELETE", "KEEP");
    }

    private static JsonNode metadata() throws Exception {
        try (InputStream json = EwsComponentMetadataTest.class.getResourceAsStream(METADATA)) {
            assertThat(json).as("ews.json on the classpath").isNotNull();
            return new ObjectMapper().readTree(json);
        }
    }
}
