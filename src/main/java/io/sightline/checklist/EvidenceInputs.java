package io.sightline.checklist;

import java.util.List;

/**
 * Everything the checklist reads besides the series named in {@link io.sightline.series.Metrics}: the event kinds
 * log recognisers emit and the attribute keys of thread-dump and pool-timeout events. This is the contract with the
 * JMX and log capabilities; the checklist reads every one of them defensively (any may be absent, a missing or
 * unparsable attribute counts as unknown, never as zero).
 */
public final class EvidenceInputs {

    // --- jmx.thread-dump attributes: thread counts per class, integers as text -------------------------------

    /** Threads parked in the pool's getConnection (HikariPool / ConcurrentBag borrow): queueing for a connection. */
    public static final String THREADS_WAITING_FOR_POOL = "threads.waiting-for-pool";
    /** Threads inside a JDBC driver's socket read/write: each holds a connection while the database works. */
    public static final String THREADS_JDBC_IO = "threads.jdbc-io";
    /**
     * Optional: of {@link #THREADS_JDBC_IO}, the threads that were in JDBC I/O in the previous dump too (same thread,
     * same statement): long-running statements. Absent when the dumper does not compare dumps.
     */
    public static final String THREADS_JDBC_IO_LONG = "threads.jdbc-io.long";
    /** Threads in socket I/O outside a JDBC driver (HTTP clients, RPC, message brokers): waiting on a downstream. */
    public static final String THREADS_DOWNSTREAM_IO = "threads.downstream-io";
    /** Threads BLOCKED on a Java monitor. */
    public static final String THREADS_BLOCKED = "threads.blocked";
    /** Threads RUNNABLE in application code (not in any I/O above). */
    public static final String THREADS_RUNNABLE = "threads.runnable";
    /** Optional: all threads in the dump. */
    public static final String THREADS_TOTAL = "threads.total";

    // --- log.pool-timeout attributes (HikariCP 4+ prints them; older releases print none) -----------------------

    public static final String POOL_TIMEOUT_TOTAL = "total";
    public static final String POOL_TIMEOUT_ACTIVE = "active";
    public static final String POOL_TIMEOUT_IDLE = "idle";
    public static final String POOL_TIMEOUT_WAITING = "waiting";
    /** Pool name, as in "shop-db - Connection is not available". */
    public static final String POOL_NAME = "pool";

    // --- log recogniser event kinds ---------------------------------------------------------------------------

    /**
     * The database refused a new connection because it has no slot left: PostgreSQL "sorry, too many clients
     * already" (53300), MySQL/MariaDB "Too many connections" (1040), Oracle ORA-00020, SQL Server error 17809.
     */
    public static final String LOG_DB_REFUSED = "log.db-refused";
    /** A statement gave up waiting for a lock: "Lock wait timeout exceeded", "canceling statement due to lock timeout", H2 "Timeout trying to lock table". */
    public static final String LOG_LOCK_WAIT = "log.lock-wait";
    /** The database broke a deadlock: "Deadlock found when trying to get lock", "deadlock detected". */
    public static final String LOG_DEADLOCK = "log.deadlock";
    /** HikariCP "Connection leak detection triggered for ... on thread ...": a connection held past leakDetectionThreshold. */
    public static final String LOG_POOL_LEAK = "log.pool-leak";
    /** HikariCP "Failed to validate connection ...": the pool found a dead connection (closed by the network or the database). */
    public static final String LOG_VALIDATION_FAILED = "log.validation-failed";
    /** Optional: a slow-statement line (application or driver slow-query log). */
    public static final String LOG_SLOW_QUERY = "log.slow-query";
    /** java.net.ConnectException "Connection refused". */
    public static final String LOG_NET_REFUSED = "log.net-refused";
    /** SocketTimeoutException "connect timed out" / "Read timed out", PostgreSQL "The connection attempt failed" after a timeout. */
    public static final String LOG_NET_TIMEOUT = "log.net-timeout";
    /** java.net.UnknownHostException. */
    public static final String LOG_NET_UNKNOWN_HOST = "log.net-unknown-host";
    /** "Connection reset", "Broken pipe", "An I/O error occurred while sending to the backend". */
    public static final String LOG_NET_RESET = "log.net-reset";

    /** Every network-level error kind, in the order the evidence text lists them. */
    public static final List<String> NETWORK_ERROR_KINDS = List.of(LOG_NET_REFUSED, LOG_NET_TIMEOUT, LOG_NET_UNKNOWN_HOST, LOG_NET_RESET);

    // --- events the checklist itself records into the timeline -----------------------------------------------

    /** The top hypothesis changed; attributes {@code hypothesis}, {@code score}, {@code previous}. */
    public static final String CHECKLIST_TOP_CHANGED = "checklist.top-changed";
    /** A runbook step changed state by itself; attributes {@code step}, {@code state}. */
    public static final String CHECKLIST_STEP_STATE = "checklist.step-state";
    /** The rabbit-hole guard spoke; attributes {@code step}, {@code hypothesis}. */
    public static final String CHECKLIST_GUARD = "checklist.guard";

    private EvidenceInputs() {
    }
}
