package io.sightline.source.log;

import io.sightline.series.EventAttributes;
import io.sightline.series.EventKinds;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Real lines, quoted from public issue threads (repository and issue beside each). */
class RecognisersTest {
    private static Recogniser.Match only(String text) {
        var matches = Recognisers.recognise(text);
        assertThat(matches).as(text).hasSize(1);
        return matches.get(0);
    }

    @Test
    void poolTimeoutWithNumbers() {
        // the HikariCP 4+ wording (DESIGN.md); pool numbers feed log/<src>/hikari.*{pool=...}
        var m = only("HikariPool-1 - Connection is not available, request timed out after 30005ms "
                + "(total=10, active=10, idle=0, waiting=5)");
        assertThat(m.kind()).isEqualTo(EventKinds.LOG_POOL_TIMEOUT);
        assertThat(m.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("pool", "HikariPool-1",
                "timeoutMs", "30005", "total", "10", "active", "10", "idle", "0", "waiting", "5"));
    }

    @Test
    void poolTimeoutOldFormInsideAnException() {
        // brettwooldridge/HikariCP #1662
        var m = only("Caused by: java.sql.SQLTransientConnectionException: My Connection Pool - Connection is not "
                + "available, request timed out after 30000ms.");
        assertThat(m.kind()).isEqualTo(EventKinds.LOG_POOL_TIMEOUT);
        assertThat(m.attributes()).containsExactlyInAnyOrderEntriesOf(
                Map.of("pool", "My Connection Pool", "timeoutMs", "30000"));
        // brettwooldridge/HikariCP #2290
        var n = Recognisers.recognise("org.springframework.transaction.CannotCreateTransactionException: Could not "
                + "open JDBC Connection for transaction; nested exception is java.sql.SQLTransientConnectionException: "
                + "HikariPool-1 - Connection is not available, request timed out after 970095ms.");
        assertThat(n).singleElement().satisfies(x -> assertThat(x.attributes()).containsEntry(EventAttributes.POOL, "HikariPool-1")
                .containsEntry("timeoutMs", "970095"));
    }

    @Test
    void poolStatsAndTimeoutFailureStats() {
        // brettwooldridge/HikariCP #1817
        var m = only("prod-postingestion-pool - Pool stats (total=4, active=0, idle=4, waiting=0)");
        assertThat(m.kind()).isEqualTo(EventKinds.LOG_POOL_STATS);
        assertThat(m.attributes()).containsEntry(EventAttributes.POOL, "prod-postingestion-pool").containsEntry(EventAttributes.POOL_IDLE, "4");
        // brettwooldridge/HikariCP #2096
        var t = only("2023-08-15 08:47:38,037 [MailSyncSent-Thread-178] DEBUG com.zaxxer.hikari.pool.HikariPool - "
                + "HikariPool-1 - Timeout failure stats (total=8, active=8, idle=0, waiting=128)");
        assertThat(t.attributes()).containsEntry(EventAttributes.POOL, "HikariPool-1").containsEntry(EventAttributes.POOL_WAITING, "128");
    }

    @Test
    void starvationLeakAndValidation() {
        // brettwooldridge/HikariCP #1951
        var s = only("[HikariPool-1 housekeeper] WARN com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Thread "
                + "starvation or clock leap detected (housekeeper delta=47s466ms577µs431ns)");
        assertThat(s.kind()).isEqualTo(EventKinds.LOG_THREAD_STARVATION);
        assertThat(s.attributes()).containsEntry(EventAttributes.POOL, "HikariPool-1").containsEntry("delta", "47s466ms577µs431ns");
        // HikariCP ProxyLeakTask's message
        var l = only("HikariPool-1 - Connection leak detection triggered for conn0: url=jdbc:h2:mem:test user=SA on "
                + "thread main, stack trace follows");
        assertThat(l.kind()).isEqualTo(EventKinds.LOG_CONNECTION_LEAK);
        assertThat(l.attributes()).containsEntry(EventAttributes.POOL, "HikariPool-1");
        // HikariCP PoolBase.isConnectionDead's warning
        var v = only("HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@1c2a3b4d (This "
                + "connection has been closed.). Possibly consider using a shorter maxLifetime value.");
        assertThat(v.kind()).isEqualTo(EventKinds.LOG_VALIDATION_FAILED);
    }

    @Test
    void databaseRefusalsAndLocks() {
        assertThat(only("org.postgresql.util.PSQLException: FATAL: sorry, too many clients already").attributes())
                .containsEntry(EventAttributes.TYPE, EventAttributes.TYPE_TOO_MANY_CLIENTS);
        assertThat(only("FATAL: remaining connection slots are reserved for non-replication superuser connections")
                .kind()).isEqualTo(EventKinds.LOG_DB_REFUSED);
        assertThat(only("java.sql.SQLNonTransientConnectionException: Data source rejected establishment of "
                + "connection,  message from server: \"Too many connections\"").attributes())
                .containsEntry(EventAttributes.TYPE, EventAttributes.TYPE_TOO_MANY_CONNECTIONS);
        assertThat(only("org.postgresql.util.PSQLException: ERROR: deadlock detected").attributes())
                .containsEntry(EventAttributes.TYPE, EventAttributes.TYPE_DEADLOCK);
        assertThat(only("com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: Lock wait timeout exceeded; "
                + "try restarting transaction").attributes()).containsEntry(EventAttributes.TYPE, EventAttributes.TYPE_LOCK_WAIT);
        assertThat(only("Deadlock found when trying to get lock; try restarting transaction").kind())
                .isEqualTo(EventKinds.LOG_DB_LOCK);
    }

    @Test
    void h2AndPostgresLockTimeoutsAreLockWaits() {
        assertThat(only("org.h2.jdbc.JdbcSQLTimeoutException: Timeout trying to lock table \"STOCK\"; SQL statement:")
                .attributes()).containsEntry(EventAttributes.TYPE, EventAttributes.TYPE_LOCK_WAIT);
        assertThat(only("org.postgresql.util.PSQLException: ERROR: canceling statement due to lock timeout").kind())
                .isEqualTo(EventKinds.LOG_DB_LOCK);
    }

    @Test
    void networkFailures() {
        assertThat(only("Caused by: java.net.ConnectException: Connection refused").attributes())
                .containsEntry(EventAttributes.TYPE, EventAttributes.TYPE_CONNECTION_REFUSED);
        assertThat(only("java.net.SocketTimeoutException: connect timed out").attributes())
                .containsEntry(EventAttributes.TYPE, EventAttributes.TYPE_CONNECT_TIMEOUT);
        assertThat(only("Caused by: java.net.SocketTimeoutException: Read timed out").attributes())
                .containsEntry(EventAttributes.TYPE, EventAttributes.TYPE_READ_TIMEOUT);
        assertThat(only("java.net.UnknownHostException: db.internal").attributes())
                .containsEntry(EventAttributes.TYPE, EventAttributes.TYPE_UNKNOWN_HOST);
        assertThat(only("java.net.SocketException: Connection reset").attributes())
                .containsEntry(EventAttributes.TYPE, EventAttributes.TYPE_CONNECTION_RESET);
        assertThat(Recognisers.recognise("INFO Rolled new log segment for 'test-5' in 1 ms.")).isEmpty();
    }
}
