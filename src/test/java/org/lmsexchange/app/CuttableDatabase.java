package org.lmsexchange.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.h2.tools.Server;
import org.lmsexchange.lms.LmsDatabase;

/**
 * A test class's LMS database as the connector reaches it through a {@link DatabaseProxy}: the test cuts that way
 * and restores it, as when the database server stops and comes back. The database keeps running, so the test still
 * reads and writes it directly.
 */
final class CuttableDatabase implements AutoCloseable {

    private final TestDatabase database;
    /** Only for H2: in memory it has no server to stop, so the same database is served over TCP, in this JVM. */
    private final Server h2Server;
    private final DatabaseProxy proxy;

    CuttableDatabase(TestDatabase database) throws IOException, SQLException {
        this.database = database;
        InetSocketAddress server;
        if (database.kind() == LmsDatabase.H2) {
            // port 0: any free port; getPort() tells which
            h2Server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon").start();
            server = new InetSocketAddress("127.0.0.1", h2Server.getPort());
        } else {
            h2Server = null;
            server = database.serverAddress();
        }
        proxy = new DatabaseProxy(server);
    }

    /**
     * The connector's database settings: its JDBC URL through the proxy, and how long it waits for a connection. A
     * gone database then fails fast instead of holding each try for the default 10 s.
     */
    Properties settings(Duration connectionTimeout) {
        Properties settings = new Properties();
        settings.setProperty("lms.jdbc.url", database.urlThrough(new InetSocketAddress("127.0.0.1", proxy.port())));
        settings.setProperty("lms.pool.connection-timeout-ms", Long.toString(connectionTimeout.toMillis()));
        return settings;
    }

    /** The database is gone for the connector: open connections dropped, new ones closed at once. */
    void cut() {
        proxy.cut();
    }

    /** The database is back. */
    void restore() {
        proxy.restore();
    }

    /** How often the connector tried to connect while the database was cut. */
    int refused() {
        return proxy.refused();
    }

    @Override
    public void close() {
        proxy.close();
        if (h2Server != null) {
            h2Server.stop();
        }
    }
}
