package io.sightline.series;

import java.util.List;

/**
 * Attribute keys and values of the events in {@link EventKinds}: the one contract between the producers (JMX
 * poller, log recognisers) and the readers (checklist, postmortem, UI). Integers are written as decimal text.
 */
public final class EventAttributes {

    // --- jmx.thread-dump: threads per class (the class label is also the threads.class{class=...} label) -------

    /** Why the dump was taken ("on demand", or the automatic reason). */
    public static final String DUMP_TRIGGER = "trigger";
    /** All threads in the dump. */
    public static final String DUMP_THREADS = "threads";
    /** The largest non-idle stack groups, as text. */
    public static final String DUMP_TOP_STACKS = "top-stacks";
    /** Parked in the pool's getConnection (HikariPool / ConcurrentBag borrow): queueing for a connection. */
    public static final String DUMP_WAITING_FOR_POOL = "waiting-for-pool-connection";
    /** Inside a JDBC driver's socket read/write: holding a connection while the database works. */
    public static final String DUMP_JDBC_IO = "jdbc-io";
    /** Socket I/O under an HTTP client: waiting on a downstream service. */
    public static final String DUMP_DOWNSTREAM_IO = "downstream-io";
    /** Socket I/O under neither a JDBC driver nor a known HTTP client. */
    public static final String DUMP_OTHER_IO = "other-io";
    /** BLOCKED on a Java monitor. */
    public static final String DUMP_BLOCKED = "blocked-on-lock";
    /** RUNNABLE in application code, burning CPU. */
    public static final String DUMP_RUNNABLE = "runnable-cpu";
    /** Waiting for work: parked, sleeping, accepting. */
    public static final String DUMP_IDLE = "idle";
    /**
     * Optional: of {@link #DUMP_JDBC_IO}, the threads in JDBC I/O in the previous dump too (long statements).
     * No producer writes it yet; readers treat it as unknown when absent.
     */
    public static final String DUMP_JDBC_IO_LONG = "jdbc-io-long";

    // --- log.pool-timeout, log.pool-stats, log.connection-leak: pool name and HikariCP's numbers -----------------

    /** Pool name, as in "shop-db - Connection is not available". */
    public static final String POOL = "pool";
    public static final String POOL_TOTAL = "total";
    public static final String POOL_ACTIVE = "active";
    public static final String POOL_IDLE = "idle";
    public static final String POOL_WAITING = "waiting";
    public static final String TIMEOUT_MS = "timeoutMs";

    // --- log.db-refused, log.db-lock, log.network: which failure ------------------------------------------------

    /** The recognised failure within a kind: one of the TYPE_* values below. */
    public static final String TYPE = "type";
    public static final String TYPE_TOO_MANY_CLIENTS = "too-many-clients";
    public static final String TYPE_RESERVED_SLOTS = "reserved-slots";
    public static final String TYPE_TOO_MANY_CONNECTIONS = "too-many-connections";
    public static final String TYPE_DEADLOCK = "deadlock";
    public static final String TYPE_LOCK_WAIT = "lock-wait";
    public static final String TYPE_CONNECTION_REFUSED = "connection-refused";
    public static final String TYPE_CONNECT_TIMEOUT = "connect-timeout";
    public static final String TYPE_READ_TIMEOUT = "read-timeout";
    public static final String TYPE_UNKNOWN_HOST = "unknown-host";
    public static final String TYPE_CONNECTION_RESET = "connection-reset";
    /** Network types in the order evidence texts list them. */
    public static final List<String> NETWORK_TYPES = List.of(TYPE_CONNECTION_REFUSED, TYPE_CONNECT_TIMEOUT,
            TYPE_READ_TIMEOUT, TYPE_UNKNOWN_HOST, TYPE_CONNECTION_RESET);

    private EventAttributes() {
    }
}
