package io.sightline.source.db;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database-side view against real servers: an H2 TCP server and an embedded PostgreSQL 14, with a real row
 * lock held by one session, another session blocked on it, and a real long statement.
 */
class DbSourceIT {
    private static final char[] PASSWORD = "s3cret-pw".toCharArray();
    private final Lifecycle lifecycle = new Lifecycle();
    private final SeriesStore store = new SeriesStore();
    private final List<Connection> held = new ArrayList<>();
    private final ExecutorService background = Executors.newCachedThreadPool();

    @AfterEach
    void tearDown() throws Exception {
        lifecycle.close();
        background.shutdownNow();
        for (Connection c : held) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the server may be gone already
            }
        }
    }

    @Test
    void h2ServerReportsLockWaitsLongStatementsAndExcludesTheMonitor() throws Exception {
        Connection keeper = DriverManager.getConnection("jdbc:h2:mem:dbview;DB_CLOSE_DELAY=-1", "dba", new String(PASSWORD));
        held.add(keeper);
        try (Statement s = keeper.createStatement()) {
            s.execute("CREATE TABLE stock(id INT PRIMARY KEY, qty INT)");
            s.execute("INSERT INTO stock VALUES (1, 10)");
            s.execute("CREATE ALIAS SLEEP FOR \"java.lang.Thread.sleep\"");
        }
        Server server = Server.createTcpServer("-tcpPort", "0").start();
        lifecycle.own(server::stop);
        String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:dbview;LOCK_TIMEOUT=30000";
        Connection locker = open(url);
        locker.setAutoCommit(false);
        locker.createStatement().executeUpdate("UPDATE stock SET qty = 9 WHERE id = 1"); // row lock, not committed
        Connection blocked = open(url);
        background.submit(() -> blocked.createStatement().executeUpdate("UPDATE stock SET qty = 8 WHERE id = 1"));
        Connection sleeper = open(url);
        background.submit(() -> sleeper.createStatement().execute("CALL SLEEP(20000)"));

        DbSource source = start(url, PASSWORD);
        SeriesId longest = id(source, Metrics.DB_STATEMENT_LONGEST);
        await().atMost(Duration.ofSeconds(15)).until(() -> last(longest) >= 1500);
        assertThat(last(id(source, Metrics.DB_SESSIONS_LOCK_WAITING))).isEqualTo(1);
        assertThat(last(id(source, Metrics.DB_SESSIONS_ACTIVE))).as("blocked + sleeping").isEqualTo(2);
        // keeper, locker, blocked, sleeper: the monitoring session itself is not counted
        assertThat(last(id(source, Metrics.DB_SESSIONS))).isEqualTo(4);
        assertThat(last(id(source, Metrics.DB_SESSIONS_IDLE))).isEqualTo(2);
        assertThat(last(id(source, Metrics.DB_SESSIONS_IDLE_IN_TX))).as("the locker").isEqualTo(1);
        assertThat(store.find(id(source, Metrics.DB_CONNECTIONS_MAX))).as("H2 has no connection limit").isEmpty();
        assertThat(source.status()).startsWith("H2 ").contains("4 sessions, 2 executing, 1 waiting on locks");

        locker.commit(); // the blocked update completes: no lock wait any more
        await().atMost(Duration.ofSeconds(10)).until(() -> last(id(source, Metrics.DB_SESSIONS_LOCK_WAITING)) == 0);
    }

    @Test
    void postgresReportsLocksLongStatementsAndTheConnectionLimit() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "20").start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            try (Connection admin = DriverManager.getConnection(url)) {
                admin.createStatement().execute("CREATE TABLE stock(id INT PRIMARY KEY, qty INT); INSERT INTO stock VALUES (1, 10)");
            }
            Connection locker = DriverManager.getConnection(url);
            held.add(locker);
            locker.setAutoCommit(false);
            locker.createStatement().executeUpdate("UPDATE stock SET qty = 9 WHERE id = 1");
            Connection blocked = DriverManager.getConnection(url);
            held.add(blocked);
            background.submit(() -> blocked.createStatement().executeUpdate("UPDATE stock SET qty = 8 WHERE id = 1"));
            Connection sleeper = DriverManager.getConnection(url);
            held.add(sleeper);
            background.submit(() -> sleeper.createStatement().execute("SELECT pg_sleep(20)"));

            DbSource source = start("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres", new char[0], "postgres");
            await().atMost(Duration.ofSeconds(15)).until(() -> last(id(source, Metrics.DB_STATEMENT_LONGEST)) >= 1500);
            assertThat(last(id(source, Metrics.DB_SESSIONS_LOCK_WAITING))).isEqualTo(1);
            assertThat(last(id(source, Metrics.DB_SESSIONS_ACTIVE))).isEqualTo(2);
            assertThat(last(id(source, Metrics.DB_SESSIONS))).isEqualTo(3);
            assertThat(last(id(source, Metrics.DB_SESSIONS_IDLE_IN_TX))).isEqualTo(1);
            assertThat(last(id(source, Metrics.DB_CONNECTIONS_MAX))).isEqualTo(20);
            assertThat(last(id(source, Metrics.DB_CONNECTIONS_RESERVED))).isEqualTo(3); // PostgreSQL 14's default
            assertThat(last(id(source, Metrics.DB_CONNECTIONS_USED))).as("three clients and the monitor").isEqualTo(4);
        }
    }

    @Test
    void wrongPasswordIsOneClearLineAndNeverShowsThePassword() throws Exception {
        Connection keeper = DriverManager.getConnection("jdbc:h2:mem:dbauth;DB_CLOSE_DELAY=-1", "dba", new String(PASSWORD));
        held.add(keeper);
        Server server = Server.createTcpServer("-tcpPort", "0").start();
        lifecycle.own(server::stop);
        DbSource source = start("jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:dbauth", "not-it".toCharArray());
        await().atMost(Duration.ofSeconds(10)).until(() -> source.status().contains("retrying"));
        assertThat(source.status()).contains("wrong user or password").doesNotContain("not-it").doesNotContain("\n");
        assertThat(store.all()).as("nothing measured, nothing written").isEmpty();
    }

    @Test
    void unreachableDatabaseGapsItsSeriesAndRetries() throws Exception {
        Connection keeper = DriverManager.getConnection("jdbc:h2:mem:dbgone;DB_CLOSE_DELAY=-1", "dba", new String(PASSWORD));
        held.add(keeper);
        Server server = Server.createTcpServer("-tcpPort", "0").start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:dbgone;PASSWORD=" + new String(PASSWORD);
        DbSource source = start(url, PASSWORD);
        SeriesId sessions = id(source, Metrics.DB_SESSIONS);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.find(sessions).isPresent());
        server.stop();
        await().atMost(Duration.ofSeconds(15)).until(() -> source.status().contains("retrying"));
        assertThat(source.status()).contains("connection lost").doesNotContain(new String(PASSWORD)).contains("PASSWORD=***");
        assertThat(Double.isNaN(store.find(sessions).orElseThrow().snapshot().value(
                store.find(sessions).orElseThrow().snapshot().size() - 1))).as("gap after the last sample").isTrue();
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersTimesOutInsteadOfHangingThePoller() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            background.submit(() -> { // accept and hold every connection, never write a byte
                List<java.net.Socket> accepted = new ArrayList<>();
                while (!silent.isClosed()) {
                    accepted.add(silent.accept());
                }
                return accepted.size();
            });
            DbSource source = start("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/shop", PASSWORD);
            // Whichever bound fires first: the poller's own 5 s, or the driver's login timeout of the same length.
            await().atMost(Duration.ofSeconds(15)).until(() -> source.status().contains("retrying in"));
            assertThat(source.status()).containsAnyOf("no answer within 5 s", "timed out");
        }
    }

    private Connection open(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url, "dba", new String(PASSWORD));
        held.add(c);
        return c;
    }

    private DbSource start(String url, char[] password) {
        return start(url, password, "dba");
    }

    private DbSource start(String url, char[] password, String user) {
        DbSource source = lifecycle.own(new DbSource(new DbTarget(url, user, password), store, lifecycle, Clock.systemUTC()));
        source.start();
        return source;
    }

    private static SeriesId id(DbSource source, String metric) {
        return SeriesId.of(Metrics.SOURCE_DB, source.name().substring(Metrics.SOURCE_DB.length() + 1), metric);
    }

    private double last(SeriesId id) {
        return store.find(id).map(DbSourceIT::lastValue).orElse(Double.NaN);
    }

    private static double lastValue(Series s) {
        Series.Snapshot snap = s.snapshot();
        return snap.size() == 0 ? Double.NaN : snap.value(snap.size() - 1);
    }
}
