package org.lmsexchange.ews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A hostile "Exchange" on loopback, speaking just enough HTTP/1.1 to answer each request in one of its {@link Mode}s.
 * Every answer is made as it is sent (nothing big is held in memory or on disk) and stops when the client goes away
 * or at its natural end, so that a client without limits finishes (late, or with another error) rather than hanging
 * the test run.
 */
final class HostileEwsServer implements AutoCloseable {

    /** How the server answers. */
    enum Mode {
        /** 200 text/xml, the body one byte at a time with a pause between them. */
        SLOW_DRIP,
        /** HTTP 500 (how EWS sends a SOAP fault), its body one byte at a time with a pause between them. */
        SLOW_FAULT,
        /** 200 text/xml, far more body than any EWS answer, as fast as the client reads. */
        OVERSIZED,
        /** 200 text/xml, Content-Encoding gzip: about 1 MB on the wire that unpacks to 1 GiB. */
        GZIP_BOMB
    }

    private static final byte[] PREAMBLE = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header><Padding>")
            .getBytes(StandardCharsets.US_ASCII);

    private final Mode mode;
    private final Duration dripPause;
    private final long bodyBytes;
    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final AtomicLong bodyBytesSent = new AtomicLong();

    private HostileEwsServer(Mode mode, Duration dripPause, long bodyBytes, SSLContext tls) throws IOException {
        this.mode = mode;
        this.dripPause = dripPause;
        this.bodyBytes = bodyBytes;
        this.server = (tls == null ? ServerSocketFactory.getDefault() : tls.getServerSocketFactory())
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        connections.execute(this::accept);
    }

    /** A slow server: a byte every {@code pause}, for {@code bytes} bytes, in the given mode. */
    static HostileEwsServer dripping(Mode mode, Duration pause, long bytes) throws IOException {
        return new HostileEwsServer(mode, pause, bytes, null);
    }

    /** As {@link #dripping}, over HTTPS with the given server certificate. */
    static HostileEwsServer drippingOverTls(SSLContext tls, Duration pause, long bytes) throws IOException {
        return new HostileEwsServer(Mode.SLOW_DRIP, pause, bytes, tls);
    }

    /** A server that sends {@code bytes} bytes of body (before compression for {@link Mode#GZIP_BOMB}). */
    static HostileEwsServer sending(Mode mode, long bytes) throws IOException {
        return new HostileEwsServer(mode, Duration.ZERO, bytes, null);
    }

    String url() {
        return (server instanceof SSLServerSocket ? "https" : "http") + "://127.0.0.1:" + server.getLocalPort()
                + "/EWS/Exchange.asmx";
    }

    /** The body bytes sent so far, before compression. */
    long bodyBytesSent() {
        return bodyBytesSent.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.execute(() -> answer(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            readRequest(in);
            boolean fault = mode == Mode.SLOW_FAULT;
            boolean gzip = mode == Mode.GZIP_BOMB;
            String head = "HTTP/1.1 " + (fault ? "500 Internal Server Error" : "200 OK") + "\r\n"
                    + "Content-Type: text/xml; charset=utf-8\r\n"
                    + (gzip ? "Content-Encoding: gzip\r\n" : "")
                    + "Connection: close\r\n\r\n"; // the body ends when the connection does
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (gzip) {
                GZIPOutputStream packed = new GZIPOutputStream(out, 64 * 1024);
                sendBody(packed);
                packed.finish();
            } else {
                sendBody(out);
            }
        } catch (IOException | InterruptedException gone) {
            // the client stopped reading: what these tests expect of it
        }
    }

    private void sendBody(OutputStream out) throws IOException, InterruptedException {
        out.write(PREAMBLE);
        if (dripPause.isZero()) {
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) 'a');
            for (long sent = 0; sent < bodyBytes; sent += block.length) {
                out.write(block);
                bodyBytesSent.addAndGet(block.length);
            }
        } else {
            for (long sent = 0; sent < bodyBytes; sent++) {
                out.write('a');
                out.flush();
                bodyBytesSent.incrementAndGet();
                Thread.sleep(dripPause.toMillis());
            }
        }
        out.flush();
    }

    /** Reads the request's head and its body (Content-Length), so that the client's write never waits. */
    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        long length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes((int) length);
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
