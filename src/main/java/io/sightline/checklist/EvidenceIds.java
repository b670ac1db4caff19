package io.sightline.checklist;

/** The ids of every evidence the built-in rules compute; runbooks link steps to them. */
public final class EvidenceIds {
    /** Worst pool's active/max now, and how long it has been at 100%. */
    public static final String POOL_UTILISATION = "pool.utilisation";
    /** Threads waiting for a connection now, and since when some have been. */
    public static final String POOL_WAITING = "pool.waiting";
    /** Pool timeouts per second (log-derived rate and pool-timeout lines). */
    public static final String POOL_TIMEOUTS = "pool.timeouts";
    /** The pool's maximum is lower than earlier (config change, restart with another config). */
    public static final String POOL_MAX_CHANGED = "pool.max-changed";
    /** Threads wait while the pool stays below its maximum: it cannot open connections. */
    public static final String POOL_CANNOT_GROW = "pool.cannot-grow";
    /** Pool timeouts while connections were idle: the idle ones are unusable or creation fails. */
    public static final String POOL_TIMEOUTS_WHILE_IDLE = "pool.timeouts-while-idle";
    /** The pool's maximum against the concurrency the load needs (Little's law). */
    public static final String POOL_NEED_VS_MAX = "pool.need-vs-max";
    /** How long a request holds a connection now against before (Little's law on the pool). */
    public static final String POOL_HOLD_TIME = "pool.hold-time";
    /** Active connections growing step by step without returning while the load is flat. */
    public static final String LEAK_SHAPE = "pool.leak-shape";
    /** HikariCP leak-detection lines. */
    public static final String LEAK_LINES = "pool.leak-lines";
    /** Connections in use with no thread doing JDBC I/O on them (thread dump against active). */
    public static final String HELD_WITHOUT_IO = "pool.held-without-io";
    /** Thread dump: share of classified threads queueing for a connection. */
    public static final String DUMP_WAITING_FOR_POOL = "threads.waiting-for-pool";
    /** Thread dump: share of classified threads in JDBC I/O while holding a connection. */
    public static final String DUMP_JDBC_IO = "threads.jdbc-io";
    /** Thread dump: share of classified threads in downstream (non-JDBC) socket I/O. */
    public static final String DUMP_DOWNSTREAM_IO = "threads.downstream-io";
    /** Database refused connections (too many clients). */
    public static final String DB_REFUSALS = "db.refusals";
    /** Lock wait timeouts and deadlocks. */
    public static final String DB_LOCK_WAITS = "db.lock-waits";
    /** Slow-statement lines. */
    public static final String DB_SLOW_QUERY_LINES = "db.slow-query-lines";
    /** Connections found dead on validation. */
    public static final String DB_VALIDATION_FAILURES = "db.validation-failures";
    /** Network-level errors: refused, timeouts, unknown host, resets. */
    public static final String NETWORK_ERRORS = "network.errors";
    /** Database side: statements running on the server for far longer than usual (at least a second). */
    public static final String DB_LONG_STATEMENTS = "db.long-statements";
    /** Database side: sessions waiting for a lock another session holds, as the server reports them. */
    public static final String DB_SERVER_LOCK_WAITS = "db.server-lock-waits";
    /**
     * Client threads wait in JDBC I/O while the database reports no statement running for them: the time goes
     * between the two (network, proxy), not into the database.
     */
    public static final String DB_TIME_OFF_SERVER = "db.time-off-server";
    /** Database side: connections in use near the server's limit (max_connections less reserved slots). */
    public static final String DB_CONNECTIONS_NEAR_LIMIT = "db.connections-near-limit";
    /** Share of wall time spent in GC. */
    public static final String GC_SHARE = "jvm.gc-share";
    /** Request latency now against before. */
    public static final String LATENCY_RISE = "latency.rise";
    /** Latency rose while the pool had connections to spare. */
    public static final String LATENCY_RISE_POOL_UNSATURATED = "latency.rise-pool-unsaturated";
    /** Share of requests answered 5xx now. */
    public static final String SERVER_ERRORS = "http.5xx";
    /** Request rate now against before. */
    public static final String REQUEST_RATE_CHANGE = "requests.rate-change";

    private EvidenceIds() {
    }
}
