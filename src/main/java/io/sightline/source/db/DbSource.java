package io.sightline.source.db;

import io.sightline.concurrent.Backoff;
import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.series.Metrics;
import io.sightline.series.SeriesStore;
import io.sightline.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The database's own view of its sessions, polled once a second over one JDBC connection of its own, as a DBA on
 * the database host would look: sessions connected, executing, idle, waiting on locks, the longest statement's
 * age and (PostgreSQL) the connection limit. Read-only. A failed poll gaps the series, says why in one line and
 * retries after 1 s, 2 s, 4 s ... up to 30 s; every poll (connect included) is bounded by {@link #TIMEOUT}, since
 * not every driver has a read timeout.
 */
public final class DbSource implements Source {
    private static final Logger LOG = LoggerFactory.getLogger(DbSource.class);
    static final Duration PERIOD = Duration.ofSeconds(1);
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final DbTarget target;
    private final DbDialect dialect;
    private final DbSeries series;
    private final Lifecycle lifecycle;
    private final Clock clock;
    private final String name;
    private ExecutorService worker;
    private volatile Connection connection;
    private final Backoff.Delays retry = Backoff.defaults().delays();
    private long nextAttempt;
    private String lastProblem;
    private volatile String status = "not started";
    private volatile boolean closed;

    public DbSource(DbTarget target, SeriesStore store, Lifecycle lifecycle, Clock clock) {
        this.target = target;
        this.dialect = DbDialect.forUrl(target.jdbcUrl());
        this.series = new DbSeries(store, target.seriesTarget());
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.name = Metrics.SOURCE_DB + "/" + target.seriesTarget();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        worker = lifecycle.newCachedPool("db-read " + target.seriesTarget());
        ScheduledExecutorService ticks = lifecycle.newScheduler("db-poll " + target.seriesTarget());
        status = "connecting to " + target.safeUrl();
        ticks.scheduleWithFixedDelay(SafeRunnable.of("database poll of " + target.safeUrl(), this::tick), 0,
                PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public String status() {
        return status;
    }

    /** One poll, on the poll thread; the JDBC work itself runs on the worker so that a hung driver is abandoned. */
    private void tick() {
        long now = clock.millis();
        if (closed || now < nextAttempt) {
            return;
        }
        Future<DbActivity> read = worker.submit(this::read);
        try {
            DbActivity a = read.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (closed) {
                closeConnection(); // closed while reading: keep nothing open
                return;
            }
            series.write(clock.millis(), a);
            recovered(a);
        } catch (TimeoutException e) {
            read.cancel(true);
            failed(now, "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            failed(now, DbProblems.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private DbActivity read() throws SQLException {
        Connection c = connection;
        if (c == null) {
            c = connect();
            connection = c;
        }
        return dialect.read(c, (int) TIMEOUT.toSeconds());
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", target.user());
        props.setProperty("password", new String(target.password()));
        props.setProperty("ApplicationName", "sightline-db-view"); // PostgreSQL shows it in pg_stat_activity
        // PostgreSQL's own bounds (seconds), so an abandoned read ends too; drivers ignore keys they do not know.
        props.setProperty("connectTimeout", String.valueOf(TIMEOUT.toSeconds()));
        props.setProperty("loginTimeout", String.valueOf(TIMEOUT.toSeconds()));
        props.setProperty("socketTimeout", String.valueOf(2 * TIMEOUT.toSeconds()));
        Connection c = DriverManager.getConnection(target.jdbcUrl(), props);
        c.setReadOnly(true);
        c.setAutoCommit(true);
        return c;
    }

    private void recovered(DbActivity a) {
        if (lastProblem != null) {
            LOG.info("database {} answers again", target.safeUrl());
        }
        retry.reset();
        lastProblem = null;
        status = String.format("%s %s: %d sessions, %d executing, %d waiting on locks", dialect.product(),
                target.safeUrl(), a.sessions(), a.active(), a.lockWaiting());
    }

    private void failed(long now, String problem) {
        closeConnection();
        series.gapAll(now);
        long delay = retry.nextMillis();
        nextAttempt = now + delay;
        status = "database " + target.safeUrl() + ": " + problem + "; retrying in " + delay / 1000 + " s";
        if (!problem.equals(lastProblem)) {
            LOG.warn("database {}: {} (retrying with backoff)", target.safeUrl(), problem);
            lastProblem = problem;
        }
    }

    private void closeConnection() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException | RuntimeException e) {
                LOG.debug("closing the monitoring connection: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        closeConnection(); // the last status stays: it says what the database looked like when recording ended
    }
}
