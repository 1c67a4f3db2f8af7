package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import microsoft.exchange.webservices.data.core.ExchangeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests an attacker or a broken client could send: each gets a clear answer and the server keeps serving. */
class HostileInputTest {

    private static final int LIMIT = 16 * 1024;

    private EwsSandbox sandbox;
    private HttpResponse<String> normal;

    @BeforeEach
    void start() throws Exception {
        sandbox = EwsSandbox.builder().maxRequestBytes(LIMIT).start();
        normal = Clients.post(sandbox, Clients.GET_FOLDER);
    }

    @AfterEach
    void stillServesTheNextRequest() throws Exception {
        try {
            HttpResponse<String> next = Clients.post(sandbox, Clients.GET_FOLDER);
            assertThat(next.statusCode()).isEqualTo(normal.statusCode());
            assertThat(next.body()).isEqualTo(normal.body());
        } finally {
            sandbox.close();
        }
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MARKER-7f3a9c");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE soap:Envelope [<!ENTITY leak SYSTEM "%s">]>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
                <soap:Body><m:GetFolder><m:FolderIds>&leak;</m:FolderIds></m:GetFolder></soap:Body></soap:Envelope>"""
                .formatted(secret.toUri());

        HttpResponse<String> response = Clients.post(sandbox, xxe);

        assertSchemaValidationFault(response);
        assertThat(response.body()).doesNotContain("MARKER-7f3a9c");
    }

    @Test
    void aBodyAnnouncedAboveTheLimitIs413() throws Exception {
        byte[] huge = new byte[4 * 1024 * 1024];

        HttpResponse<byte[]> response = Clients.postBytes(sandbox, huge);

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aStreamedBodyAboveTheLimitIs413() throws Exception {
        byte[] tooLarge = Clients.GET_FOLDER.repeat(LIMIT / Clients.GET_FOLDER.length() + 2)
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(sandbox.ewsUrl())
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", Clients.basicAuthorization())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooLarge)))
                .build();

        HttpResponse<String> response = Clients.send(chunked);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("ErrorSchemaValidation");
    }

    @Test
    void aGzipBombIsStoppedAtTheLimit() throws Exception {
        byte[] bomb = gzip(new byte[8 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(LIMIT);

        HttpResponse<byte[]> response = Clients.postBytes(sandbox, bomb, "Content-Encoding", "gzip");

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void garbageBytesAreASchemaValidationFault() throws Exception {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0x00, 0x13, '<', '<', (byte) 0x80, '>', 0x7f};

        assertSchemaValidationFault(Clients.postBytes(sandbox, garbage));
    }

    @Test
    void anEmptyBodyIsASchemaValidationFault() throws Exception {
        assertSchemaValidationFault(Clients.post(sandbox, ""));
    }

    @Test
    void xmlThatIsNoSoapEnvelopeIsASchemaValidationFault() throws Exception {
        assertSchemaValidationFault(Clients.post(sandbox, "<?xml version=\"1.0\"?><order><item>1</item></order>"));
    }

    @Test
    void anEnvelopeWithoutOperationIsASchemaValidationFault() throws Exception {
        assertSchemaValidationFault(Clients.post(sandbox, Clients.envelope("")));
    }

    @Test
    void corruptGzipIsASchemaValidationFault() throws Exception {
        byte[] corrupt = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3};

        assertSchemaValidationFault(Clients.postBytes(sandbox, corrupt, "Content-Encoding", "gzip"));
    }

    @Test
    void anUnknownOperationIsErrorInvalidOperation() throws Exception {
        HttpResponse<String> response = Clients.post(sandbox, Clients.envelope("<m:FrobnicateItem/>"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<e:ResponseCode>ErrorInvalidOperation</e:ResponseCode>", "FrobnicateItem");
    }

    @Test
    void getIsRefusedWith405() throws Exception {
        HttpResponse<String> response = Clients.send(HttpRequest.newBuilder(sandbox.ewsUrl())
                .header("Authorization", Clients.basicAuthorization()).GET().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void aGzipRequestIsReadAndAGzipAnswerSentWhenAsked() throws Exception {
        HttpResponse<byte[]> response = Clients.postBytes(sandbox, gzip(Clients.GET_FOLDER.getBytes(StandardCharsets.UTF_8)),
                "Content-Encoding", "gzip", "Accept-Encoding", "gzip, deflate");

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.statusCode()).isEqualTo(normal.statusCode());
        assertThat(new String(gunzip(response.body()), StandardCharsets.UTF_8)).isEqualTo(normal.body());
    }

    @Test
    void theRealClientReadsGzipAnswers() throws Exception {
        try (ExchangeService service = Clients.basicClient(sandbox)) {
            assertThat(service.getAcceptGzipEncoding()).isTrue();
            String first = Clients.bindInboxOutcome(service);

            assertThat(Clients.bindInboxOutcome(service)).isEqualTo(first).doesNotContain("Exception");
        }
    }

    private static void assertSchemaValidationFault(HttpResponse<?> response) {
        String body = response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : (String) response.body();
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(body).contains("<e:ResponseCode>ErrorSchemaValidation</e:ResponseCode>")
                .doesNotContain("at org.", "Exception");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] data) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }
}
