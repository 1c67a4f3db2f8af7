package org.lmsexchange.sandbox;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ConnectingIdType;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.ImpersonatedUserId;

/** The clients of the sandbox's HTTP tests: the real 2.0 client, and raw SOAP for what that client cannot send. */
final class Clients {

    static final String USER = "svc@example.com";
    static final String PASSWORD = "sandbox";

    /** A GetFolder of the inbox, the request {@code Folder.bind(service, Inbox)} sends. */
    static final String GET_FOLDER = envelope("""
            <m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>
            <m:FolderIds><t:DistinguishedFolderId Id="inbox"/></m:FolderIds></m:GetFolder>""");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Clients() {
    }

    /** The real client with the default Basic user; close it. */
    static ExchangeService basicClient(EwsSandbox sandbox) {
        ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(sandbox.ewsUrl());
        service.setCredentials(new WebCredentials(USER, PASSWORD));
        return service;
    }

    /**
     * The real client with an OAuth2 bearer token, acting for {@code mailbox} the way the connector does: the
     * 2.0 client has no OAuth credentials, so the token and X-AnchorMailbox go into its HTTP headers and the
     * mailbox into ExchangeImpersonation. Close it.
     */
    static ExchangeService bearerClient(EwsSandbox sandbox, String token, String mailbox) {
        ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(sandbox.ewsUrl());
        service.getHttpHeaders().put("Authorization", "Bearer " + token);
        service.getHttpHeaders().put("X-AnchorMailbox", mailbox);
        service.setImpersonatedUserId(new ImpersonatedUserId(ConnectingIdType.SmtpAddress, mailbox));
        return service;
    }

    /**
     * What a GetFolder of the inbox comes to: "ok" or the EWS error code. A test takes it before injecting faults
     * and compares afterwards: the sandbox is back to normal whatever operations it speaks.
     */
    static String bindInboxOutcome(ExchangeService service) throws Exception {
        try {
            Folder.bind(service, WellKnownFolderName.Inbox);
            return "ok";
        } catch (ServiceResponseException e) {
            return e.getErrorCode().name();
        } catch (ServiceRequestException e) {
            if (e.getCause() instanceof ServiceResponseException response) {
                return response.getErrorCode().name();
            }
            throw e;
        }
    }

    static String envelope(String body) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                    xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
                <soap:Header><t:RequestServerVersion Version="Exchange2010_SP2"/></soap:Header>
                <soap:Body>%s</soap:Body></soap:Envelope>""".formatted(body);
    }

    static String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs raw bytes to the EWS endpoint with the default user's Basic credentials and extra header pairs. */
    static HttpResponse<byte[]> postBytes(EwsSandbox sandbox, byte[] body, String... headers)
            throws IOException, InterruptedException {
        return HTTP.send(ews(sandbox, body, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> post(EwsSandbox sandbox, String body, String... headers)
            throws IOException, InterruptedException {
        return HTTP.send(ews(sandbox, body.getBytes(StandardCharsets.UTF_8), headers),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any request to the sandbox, for the methods and paths of the control API. */
    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest ews(EwsSandbox sandbox, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.ewsUrl())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", basicAuthorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return request.build();
    }
}
