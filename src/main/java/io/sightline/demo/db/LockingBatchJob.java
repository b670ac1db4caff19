package io.sightline.demo.db;

import io.sightline.concurrent.SafeRunnable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A stock reconciliation job that runs inside the database: it touches every stock row in one transaction and
 * keeps the transaction open for {@code hold}, so the service's writes to stock wait on row locks while holding
 * their pooled connections. This is the "long queries and locks" fault: the pool saturates though its size is fine.
 */
final class LockingBatchJob {
    private static final Logger LOG = LoggerFactory.getLogger(LockingBatchJob.class);

    /** Opens a connection for one run of the job. */
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource connections;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> schedule;

    LockingBatchJob(ConnectionSource connections, ScheduledExecutorService scheduler) {
        this.connections = connections;
        this.scheduler = scheduler;
    }

    /** Runs the job every {@code every}, holding its locks for {@code hold}; a zero hold stops it. */
    synchronized void schedule(Duration hold, Duration every) {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
        if (hold.isZero()) {
            return;
        }
        schedule = scheduler.scheduleAtFixedRate(SafeRunnable.of("stock reconciliation", () -> runOnce(hold)),
                0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce(Duration hold) {
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            int rows = s.executeUpdate("UPDATE stock SET version = version + 1");
            LOG.info("stock reconciliation updated {} rows", rows);
            Thread.sleep(hold.toMillis());
            c.commit();
        } catch (SQLException e) {
            LOG.warn("stock reconciliation failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
