package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsNamespaces;
import org.lmsexchange.sandbox.soap.SecureXml;
import org.w3c.dom.Element;

/**
 * The sandbox's answer to a {@link RecordedRequest} sent again byte for byte: same method, path, headers (but the
 * few java.net.http sets itself) and body. The body is kept decompressed, as the client reads it.
 */
record ReplayedAnswer(int status, String contentType, String contentEncoding, byte[] body) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static ReplayedAnswer replay(EwsSandbox sandbox, RecordedRequest recorded) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + recorded.path()))
                .timeout(Duration.ofSeconds(10))
                .method(recorded.method(), HttpRequest.BodyPublishers.ofByteArray(recorded.body()));
        recorded.replayableHeaders().forEach(header -> request.header(header[0], header[1]));
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
            return new ReplayedAnswer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    encoding, decoded(response.body(), encoding));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the envelope as the client needs it: a Header with ServerVersionInfo, then {@code m:<op>Response}
     * with exactly one response message of the given class and code; returns that message.
     */
    Element singleResponseMessage(String operation, String responseClass, String responseCode) {
        assertThat(status).as("HTTP status").isEqualTo(200);
        assertThat(contentType).startsWith("text/xml");
        Element envelope = SecureXml.parse(body).getDocumentElement();
        assertThat(envelope.getNamespaceURI()).isEqualTo(EwsNamespaces.SOAP);
        assertThat(envelope.getLocalName()).isEqualTo("Envelope");
        Element header = Dom.requiredChild(envelope, "Header");
        assertThat(Dom.child(header, "ServerVersionInfo")).hasValueSatisfying(info ->
                assertThat(info.getNamespaceURI()).isEqualTo(EwsNamespaces.TYPES));
        Element response = Dom.requiredChild(Dom.requiredChild(envelope, "Body"), operation + "Response");
        assertThat(response.getNamespaceURI()).isEqualTo(EwsNamespaces.MESSAGES);
        List<Element> messages = Dom.children(Dom.requiredChild(response, "ResponseMessages"));
        assertThat(messages).as("response messages").hasSize(1);
        Element message = messages.get(0);
        assertThat(message.getLocalName()).isEqualTo(operation + "ResponseMessage");
        assertThat(message.getAttribute("ResponseClass")).isEqualTo(responseClass);
        assertThat(Dom.childText(message, "ResponseCode")).hasValue(responseCode);
        return message;
    }

    private static byte[] decoded(byte[] body, String encoding) throws IOException {
        if (!encoding.equalsIgnoreCase("gzip")) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
