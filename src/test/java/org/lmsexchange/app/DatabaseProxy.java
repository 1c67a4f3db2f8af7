package org.lmsexchange.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP relay between the connector and its database server that the test can cut, as when the server is
 * stopped or its backends are terminated: every open connection is dropped and new ones are closed at once until
 * {@link #restore()}. The database itself keeps running, so the test still reads and writes it directly.
 */
final class DatabaseProxy implements AutoCloseable {

    private final InetSocketAddress server;
    private final ServerSocket listener;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean up = true;
    private final AtomicInteger refused = new AtomicInteger();

    DatabaseProxy(InetSocketAddress server) throws IOException {
        this.server = server;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** How many connections were closed at once because the database was cut: how often it was tried. */
    int refused() {
        return refused.get();
    }

    /** Drops every connection and refuses new ones: the database is gone for the connector. */
    void cut() {
        up = false;
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    /** The database is back. */
    void restore() {
        up = true;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(listener);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (!up) {
                    refused.incrementAndGet();
                    closeQuietly(client);
                    continue;
                }
                Socket backend = new Socket(server.getAddress(), server.getPort());
                open.add(client);
                open.add(backend);
                relay(client, backend);
                relay(backend, client);
            } catch (IOException e) {
                // the listener closed, or the server refused: the client sees its connection closed
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: close the other too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-proxy-relay");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
