package org.lmsexchange.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import org.apache.http.config.Registry;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.protocol.HttpContext;

/**
 * The real client with a wiretap on its sockets: every byte the sandbox sends back is also copied into
 * {@link #received()}, before the HTTP library decodes anything. Shows what went over the wire (e.g. gzip),
 * which the client's own view hides: its HTTP library unpacks gzip and drops the Content-Encoding header.
 */
final class WiretappedClient extends ExchangeService {

    /** The buffer of the client being constructed: the base constructor asks for the sockets before fields are set. */
    private static final ThreadLocal<ByteArrayOutputStream> UNDER_CONSTRUCTION = new ThreadLocal<>();

    private final ByteArrayOutputStream received;

    private WiretappedClient(ByteArrayOutputStream received) {
        super(ExchangeVersion.Exchange2010_SP2);
        this.received = received;
    }

    static WiretappedClient of(EwsSandbox sandbox) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        UNDER_CONSTRUCTION.set(received);
        WiretappedClient client;
        try {
            client = new WiretappedClient(received);
        } finally {
            UNDER_CONSTRUCTION.remove();
        }
        client.setUrl(sandbox.ewsUrl());
        client.setCredentials(new WebCredentials(Clients.USER, Clients.PASSWORD));
        return client;
    }

    /** The raw HTTP responses so far, as ISO-8859-1 text (headers readable, gzip bodies left as they were). */
    String received() {
        synchronized (received) {
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    protected Registry<ConnectionSocketFactory> createConnectionSocketFactoryRegistry() {
        ByteArrayOutputStream sink = UNDER_CONSTRUCTION.get();
        return RegistryBuilder.<ConnectionSocketFactory>create()
                .register("http", new PlainConnectionSocketFactory() {
                    @Override
                    public Socket createSocket(HttpContext context) {
                        return new Socket() {
                            @Override
                            public InputStream getInputStream() throws IOException {
                                return new Tap(super.getInputStream(), sink);
                            }
                        };
                    }
                })
                .build();
    }

    /** Copies what is read into the buffer shared by one client's sockets. */
    private static final class Tap extends FilterInputStream {

        private final ByteArrayOutputStream sink;

        Tap(InputStream in, ByteArrayOutputStream sink) {
            super(in);
            this.sink = sink;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                synchronized (sink) {
                    sink.write(b);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                synchronized (sink) {
                    sink.write(buffer, offset, n);
                }
            }
            return n;
        }
    }
}
