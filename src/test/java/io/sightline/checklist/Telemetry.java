package io.sightline.checklist;

import io.sightline.series.Event;
import io.sightline.series.EventAttributes;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * A small simulator that writes into a real {@link SeriesStore} what the JMX poller (1 s gauges, a thread dump every
 * 30 s) and the log sources (5 s buckets, recognised lines as events) would write for one service with one HikariCP
 * pool. Conditions are set between phases: {@code t.run(2 min); t.holdMs(400).run(3 min)}. The numbers follow the
 * queueing a real pool shows: demand = rate × hold time; above the pool's capacity, throughput caps at
 * capacity / hold and the excess waits, then times out.
 */
final class Telemetry {
    static final long T0 = Instant.parse("2026-11-27T02:00:00Z").toEpochMilli();
    static final String TARGET = "shop-1";
    static final String POOL = "shop-db";
    static final String ACCESS = "access";
    static final String APP = "app";

    final SeriesStore store = new SeriesStore();
    private final Random random;
    long now = T0;

    double rate = 100;
    double holdMs = 40;
    double max = 20;
    double dbLimit = Double.POSITIVE_INFINITY;
    double appMs = 30;
    double downstreamMs = 0;
    double gcPercent = 0.5;
    double leakPerMinute = 0;
    boolean leakLines = true;
    double networkErrorsPerMinute = 0;
    double lockWaitsPerMinute = 0;
    double validationFailuresPerMinute = 0;
    boolean threadDumps = true;
    boolean refusalLines = true;
    long timeoutMs = 30_000;
    /** Share of the threads holding a connection that are inside a JDBC read at a dump (the rest work between statements). */
    double ioShare = 0.8;
    /** Whether a database-side view ({@code db/...} series, as {@code source.db} writes them) is recorded. */
    boolean dbView;
    /** Share of the time in JDBC reads spent on the wire (network, proxy), not executing on the database. */
    double wireShare = 0.05;
    double serverLongestMs = 5;
    double serverLockWaiting;
    double dbMaxConnections = Double.NaN;
    double dbReserved = 3;
    double otherClients;

    private double leaked;
    private final Map<String, Double> owed = new HashMap<>();

    Telemetry(long seed) {
        this.random = new Random(seed);
    }

    Telemetry rate(double v) { rate = v; return this; }
    Telemetry holdMs(double v) { holdMs = v; return this; }
    Telemetry dbLimit(double v) { dbLimit = v; return this; }
    Telemetry downstreamMs(double v) { downstreamMs = v; return this; }
    Telemetry gcPercent(double v) { gcPercent = v; return this; }
    Telemetry leakPerMinute(double v) { leakPerMinute = v; return this; }
    Telemetry leakLines(boolean v) { leakLines = v; return this; }
    Telemetry networkErrorsPerMinute(double v) { networkErrorsPerMinute = v; return this; }
    Telemetry lockWaitsPerMinute(double v) { lockWaitsPerMinute = v; return this; }
    Telemetry validationFailuresPerMinute(double v) { validationFailuresPerMinute = v; return this; }
    Telemetry threadDumps(boolean v) { threadDumps = v; return this; }
    Telemetry refusalLines(boolean v) { refusalLines = v; return this; }
    Telemetry ioShare(double v) { ioShare = v; return this; }
    Telemetry dbView(boolean v) { dbView = v; return this; }
    Telemetry wireShare(double v) { wireShare = v; return this; }
    Telemetry serverLongestMs(double v) { serverLongestMs = v; return this; }
    Telemetry serverLockWaiting(double v) { serverLockWaiting = v; return this; }
    /** A PostgreSQL-like server: max_connections, 3 reserved, and {@code others} connections of other clients. */
    Telemetry dbMaxConnections(double max, double others) { dbMaxConnections = max; otherClients = others; return this; }

    /** The target restarts: a 10 s gap in JMX, a restart event, and the pool comes back with {@code newMax}. */
    Telemetry restartWithMax(double newMax) {
        for (String m : new String[] {Metrics.POOL_ACTIVE, Metrics.POOL_IDLE, Metrics.POOL_TOTAL, Metrics.POOL_WAITING, Metrics.POOL_MAX}) {
            poolSeries(m).appendGap(now);
        }
        now += 10_000;
        store.events().add(new Event(now, "jmx/" + TARGET, EventKinds.TARGET_RESTARTED, Severity.WARN, TARGET + " restarted", Map.of()));
        max = newMax;
        leaked = 0;
        return this;
    }

    Telemetry run(Duration d) {
        long end = now + d.toMillis();
        for (; now < end; now += 1000) {
            tick();
        }
        return this;
    }

    private void tick() {
        leaked = Math.min(max, leaked + leakPerMinute / 60);
        if (leakLines && due("leak", leakPerMinute / 60)) {
            event(APP, EventKinds.LOG_CONNECTION_LEAK, "Connection leak detection triggered for conn12 on thread http-nio-8080-exec-7, stack trace follows");
        }
        double capacity = Math.min(max, dbLimit);
        double hold = holdMs / 1000;
        double usable = Math.max(0, capacity - Math.floor(leaked));
        double demand = rate * hold;
        double success;
        double waiting;
        double active;
        if (demand <= usable) {
            success = rate;
            waiting = 0;
            active = Math.floor(leaked) + Math.min(usable, Math.max(0, demand + random.nextGaussian() * Math.sqrt(Math.max(demand, 0.1)) * 0.5));
        } else {
            success = hold > 0 ? Math.min(rate, usable / hold) : rate;
            waiting = Math.min(200, (rate - success) * 5 + 1 + random.nextInt(3));
            active = capacity;
        }
        double failures = rate - success;
        double total = Math.min(max, dbLimit);
        jmx(Math.round(active), total, waiting);
        if (dbView) {
            dbSide(active, total);
        }
        events(failures, active, total, waiting, demand > usable);
        if (now % 5000 == 0) {
            logBucket(success, failures, demand > usable);
        }
        if (threadDumps && now % 30_000 == 0) {
            threadDump(active, waiting);
        }
    }

    private void jmx(double active, double total, double waiting) {
        poolSeries(Metrics.POOL_ACTIVE).append(now, active);
        poolSeries(Metrics.POOL_IDLE).append(now, Math.max(0, total - active));
        poolSeries(Metrics.POOL_TOTAL).append(now, total);
        poolSeries(Metrics.POOL_WAITING).append(now, waiting);
        poolSeries(Metrics.POOL_MAX).append(now, max);
        poolSeries(Metrics.POOL_CONNECTION_TIMEOUT).append(now, timeoutMs);
        jvm(Metrics.GC_SHARE, Unit.PERCENT).append(now, Math.max(0, gcPercent * (0.7 + 0.6 * random.nextDouble())));
        jvm(Metrics.HEAP_USED, Unit.MEBIBYTES).append(now, 300 + gcPercent * 20 + random.nextInt(50));
        jvm(Metrics.THREADS_LIVE, Unit.THREADS).append(now, 60 + waiting);
    }

    private void events(double failures, double active, double total, double waiting, boolean saturated) {
        if (due("timeout", Math.min(failures, 5))) {
            store.events().add(new Event(now, "log/" + APP, EventKinds.LOG_POOL_TIMEOUT, Severity.ERROR,
                    POOL + " - Connection is not available, request timed out after " + timeoutMs + "ms.",
                    Map.of(EventAttributes.POOL_TOTAL, fmt(total), EventAttributes.POOL_ACTIVE, fmt(active),
                            EventAttributes.POOL_IDLE, fmt(Math.max(0, total - active)),
                            EventAttributes.POOL_WAITING, fmt(waiting), EventAttributes.POOL, POOL)));
        }
        if (refusalLines && dbLimit < max && saturated && due("refused", 0.2)) {
            event(APP, EventKinds.LOG_DB_REFUSED, "FATAL: sorry, too many clients already");
        }
        if (due("net", networkErrorsPerMinute / 60)) {
            boolean timeout = random.nextBoolean();
            event(APP, EventKinds.LOG_NETWORK, timeout ? "java.net.SocketTimeoutException: Read timed out" : "java.net.SocketException: Connection reset",
                    Map.of(EventAttributes.TYPE, timeout ? EventAttributes.TYPE_READ_TIMEOUT : EventAttributes.TYPE_CONNECTION_RESET));
        }
        if (due("lock", lockWaitsPerMinute / 60)) {
            event(APP, EventKinds.LOG_DB_LOCK, "ERROR: canceling statement due to lock timeout",
                    Map.of(EventAttributes.TYPE, EventAttributes.TYPE_LOCK_WAIT));
        }
        if (due("validation", validationFailuresPerMinute / 60)) {
            event(APP, EventKinds.LOG_VALIDATION_FAILED, POOL + " - Failed to validate connection conn3 (This connection has been closed.)");
        }
    }

    private void logBucket(double success, double failures, boolean saturated) {
        double base = appMs + holdMs + downstreamMs;
        double queue = saturated ? timeoutMs * 0.3 : 0;
        double gcP50 = gcPercent * 2;
        double gcP99 = gcPercent * 25;
        double p50 = (base + queue + gcP50) * (0.9 + 0.2 * random.nextDouble());
        double p99 = (saturated ? timeoutMs : (base * 2.5 + gcP99)) * (0.9 + 0.2 * random.nextDouble());
        double total = rate * (0.95 + 0.1 * random.nextDouble());
        logSeries(Metrics.REQUEST_RATE, Unit.PER_SECOND).append(now, total);
        logSeries(Metrics.HTTP_5XX_RATE, Unit.PER_SECOND).append(now, failures);
        logSeries(Metrics.LATENCY_P50, Unit.MILLISECONDS).append(now, p50);
        logSeries(Metrics.LATENCY_P95, Unit.MILLISECONDS).append(now, (p50 + p99) / 2);
        logSeries(Metrics.LATENCY_P99, Unit.MILLISECONDS).append(now, p99);
        logSeries(Metrics.POOL_TIMEOUT_RATE, Unit.PER_SECOND).append(now, failures);
    }

    private void threadDump(double active, double waiting) {
        double holders = Math.max(0, active - Math.floor(leaked));
        Map<String, String> counts = Map.of(
                EventAttributes.DUMP_WAITING_FOR_POOL, fmt(waiting),
                EventAttributes.DUMP_JDBC_IO, fmt(Math.round(holders * ioShare)),
                EventAttributes.DUMP_DOWNSTREAM_IO, fmt(Math.round(rate * downstreamMs / 1000)),
                EventAttributes.DUMP_BLOCKED, "0",
                EventAttributes.DUMP_RUNNABLE, fmt(Math.round(rate * appMs / 1000 * (1 + gcPercent / 10)) + 1));
        store.events().add(new Event(now, "jmx/" + TARGET, EventKinds.THREAD_DUMP, Severity.INFO, "thread dump", counts));
    }

    /** What the database reports of its sessions: the pool's connections, executing while not on the wire. */
    private void dbSide(double active, double total) {
        double holders = Math.max(0, active - Math.floor(leaked));
        double executing = Math.round(holders * ioShare * (1 - wireShare));
        dbSeries(Metrics.DB_SESSIONS).append(now, total + otherClients);
        dbSeries(Metrics.DB_SESSIONS_ACTIVE).append(now, executing);
        dbSeries(Metrics.DB_SESSIONS_IDLE).append(now, total + otherClients - executing);
        dbSeries(Metrics.DB_SESSIONS_LOCK_WAITING).append(now, serverLockWaiting);
        dbSeries(Metrics.DB_STATEMENT_LONGEST).append(now, executing > 0 ? serverLongestMs * (0.5 + random.nextDouble()) : 0);
        if (!Double.isNaN(dbMaxConnections)) {
            dbSeries(Metrics.DB_CONNECTIONS_USED).append(now, total + otherClients + 1);
            dbSeries(Metrics.DB_CONNECTIONS_MAX).append(now, dbMaxConnections);
            dbSeries(Metrics.DB_CONNECTIONS_RESERVED).append(now, dbReserved);
        }
    }

    private Series dbSeries(String metric) {
        return store.series(SeriesId.of(Metrics.SOURCE_DB, "db-1:5432", metric), Unit.CONNECTIONS);
    }

    /** Emits fractional per-second rates as whole events over time. */
    private boolean due(String what, double perSecond) {
        double o = owed.getOrDefault(what, 0.0) + perSecond;
        boolean fire = o >= 1;
        owed.put(what, fire ? o - 1 : o);
        return fire;
    }

    private void event(String source, String kind, String text) {
        event(source, kind, text, Map.of());
    }

    private void event(String source, String kind, String text, Map<String, String> attributes) {
        store.events().add(new Event(now, "log/" + source, kind, Severity.ERROR, text, attributes));
    }

    private Series poolSeries(String metric) {
        return store.series(SeriesId.of(Metrics.SOURCE_JMX, TARGET, metric, Map.of(Metrics.LABEL_POOL, POOL)), Unit.CONNECTIONS);
    }

    private Series jvm(String metric, Unit unit) {
        return store.series(SeriesId.of(Metrics.SOURCE_JMX, TARGET, metric), unit);
    }

    private Series logSeries(String metric, Unit unit) {
        return store.series(SeriesId.of(Metrics.SOURCE_LOG, ACCESS, metric), unit);
    }

    private static String fmt(double v) {
        return String.valueOf(Math.round(v));
    }
}
