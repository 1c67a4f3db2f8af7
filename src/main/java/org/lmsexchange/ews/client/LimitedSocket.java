package org.lmsexchange.ews.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;

/**
 * A client socket that keeps to the {@link RequestLimits} of its service's request under way: connecting, and each
 * read, may take only what is left of the request's deadline, and the bytes read count towards the answer's size.
 * HTTPS layers TLS over this socket, so the handshake and every encrypted record pass through here too.
 * <p>
 * Writes are not bounded: the requests the connector sends are a few kilobytes, which the socket's send buffer takes
 * without waiting for the server.
 */
final class LimitedSocket extends Socket {

    private final RequestLimits limits;
    private InputStream input;

    LimitedSocket(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        RequestLimits.Wait wait = limits.nextWait(timeout);
        try {
            super.connect(endpoint, wait.timeoutMillis());
        } catch (SocketTimeoutException e) {
            throw wait.untilDeadline() ? limits.timedOut() : e;
        }
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (input == null) {
            input = new LimitedInput(super.getInputStream());
        }
        return input;
    }

    private final class LimitedInput extends FilterInputStream {

        LimitedInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int asked = getSoTimeout();
            RequestLimits.Wait wait = limits.nextWait(asked);
            setSoTimeout(wait.timeoutMillis());
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (SocketTimeoutException e) {
                throw wait.untilDeadline() ? limits.timedOut() : e;
            } finally {
                if (!isClosed()) {
                    setSoTimeout(asked);
                }
            }
            if (n > 0) {
                limits.received(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // through read(), so that skipped bytes are bounded and counted as well
            return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
        }
    }
}
