package microsoft.exchange.webservices.data.core.request;

import java.io.ByteArrayInputStream;
import microsoft.exchange.webservices.data.core.EwsServiceXmlReader;

/**
 * Hands a response body to the real 2.0 client's own parser. {@code readResponse} is exactly what a request's
 * {@code execute()} runs on the HTTP answer (XML declaration, SOAP Header with ServerVersionInfo, Body, the
 * {@code m:<Op>Response} and each response message), but it is protected, so a test reaches it from here.
 */
public final class ClientResponseReader {

    private ClientResponseReader() {
    }

    /** What the client makes of {@code responseBody} as the answer to {@code request}. */
    public static <T> T read(ServiceRequestBase<T> request, byte[] responseBody) throws Exception {
        return request.readResponse(new EwsServiceXmlReader(new ByteArrayInputStream(responseBody),
                request.getService()));
    }
}
