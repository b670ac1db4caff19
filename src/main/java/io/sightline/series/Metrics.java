package io.sightline.series;

/**
 * Metric names every capability agrees on, so JMX, logs, charts, capture and the checklist find each other's
 * series. A series id is {@code source/target/metric{labels}} (see {@link SeriesId}).
 *
 * <ul>
 *   <li>JMX pool gauges: {@code jmx/<target>/hikari.active{pool=P}}, label {@code pool} always set.</li>
 *   <li>JMX JVM: {@code jmx/<target>/jvm.heap.used}, GC series carry label {@code gc} (collector name).</li>
 *   <li>Logs: {@code log/<source>/latency.p99}; exception rates per class carry label {@code class}.</li>
 * </ul>
 */
public final class Metrics {
    public static final String SOURCE_JMX = "jmx";
    public static final String SOURCE_LOG = "log";
    /** The database's own view of its sessions ({@code io.sightline.source.db}), e.g. {@code db/127.0.0.1:5432/db.sessions.active}. */
    public static final String SOURCE_DB = "db";
    public static final String LABEL_POOL = "pool";
    public static final String LABEL_GC = "gc";
    public static final String LABEL_CLASS = "class";

    // HikariCP pool, point-in-time gauges as sampled (Unit.CONNECTIONS, waiting in Unit.THREADS)
    public static final String POOL_ACTIVE = "hikari.active";
    public static final String POOL_IDLE = "hikari.idle";
    public static final String POOL_TOTAL = "hikari.total";
    public static final String POOL_WAITING = "hikari.waiting";
    /** PoolConfig MaximumPoolSize, sampled so a change shows on the chart as the limit line moving. */
    public static final String POOL_MAX = "hikari.max";
    public static final String POOL_MIN_IDLE = "hikari.min-idle";
    /** PoolConfig ConnectionTimeout in ms. */
    public static final String POOL_CONNECTION_TIMEOUT = "hikari.connection-timeout";

    // JVM
    public static final String HEAP_USED = "jvm.heap.used";            // MiB
    public static final String HEAP_COMMITTED = "jvm.heap.committed";  // MiB
    public static final String GC_COUNT = "jvm.gc.count";              // cumulative, label gc
    public static final String GC_TIME = "jvm.gc.time";                // cumulative ms, label gc
    /** Share of wall-clock time spent in GC since the previous sample, all collectors, in percent. */
    public static final String GC_SHARE = "jvm.gc.share";
    public static final String THREADS_LIVE = "jvm.threads.live";
    public static final String CPU_PROCESS = "jvm.cpu.process";        // percent of all cores
    public static final String UPTIME = "jvm.uptime";                  // ms
    /** Threads per class in a JMX thread dump (label {@code class}: waiting-for-pool-connection, jdbc-io, ...). */
    public static final String THREADS_BY_CLASS = "threads.class";

    // Derived from logs, per second
    public static final String REQUEST_RATE = "requests.rate";
    public static final String LATENCY_P50 = "latency.p50";            // ms
    public static final String LATENCY_P95 = "latency.p95";
    public static final String LATENCY_P99 = "latency.p99";
    public static final String HTTP_4XX_RATE = "http.4xx.rate";
    public static final String HTTP_5XX_RATE = "http.5xx.rate";
    public static final String EXCEPTION_RATE = "exceptions.rate";     // optional label class
    public static final String POOL_TIMEOUT_RATE = "pool.timeouts.rate";
    public static final String GC_PAUSE = "gc.pause";                  // ms, one sample per pause

    // Database side, as the server sees its sessions (the monitoring session excluded), sampled every second
    /** Client sessions connected (Unit.CONNECTIONS). */
    public static final String DB_SESSIONS = "db.sessions";
    /** Sessions executing a statement right now, including those blocked on a lock. */
    public static final String DB_SESSIONS_ACTIVE = "db.sessions.active";
    /** Sessions connected but not executing. */
    public static final String DB_SESSIONS_IDLE = "db.sessions.idle";
    /** Idle sessions with an open transaction (uncommitted changes): they may hold locks. */
    public static final String DB_SESSIONS_IDLE_IN_TX = "db.sessions.idle-in-tx";
    /** Sessions waiting for a lock another session holds. */
    public static final String DB_SESSIONS_LOCK_WAITING = "db.sessions.lock-waiting";
    /** Age in ms of the longest-running statement now; 0 when none runs. */
    public static final String DB_STATEMENT_LONGEST = "db.statement.longest";
    /** Connections counted against the server's limit (every client backend, the monitor included). */
    public static final String DB_CONNECTIONS_USED = "db.connections.used";
    /** The server's connection limit (PostgreSQL max_connections). */
    public static final String DB_CONNECTIONS_MAX = "db.connections.max";
    /** Slots of that limit reserved for superusers (PostgreSQL superuser_reserved_connections + reserved_connections). */
    public static final String DB_CONNECTIONS_RESERVED = "db.connections.reserved";

    private Metrics() {
    }
}
