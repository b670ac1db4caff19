package io.sightline.source.jmx;

/** What a thread in a dump is doing, in the terms that separate pool, database and downstream problems. */
public enum ThreadClass {
    /** Inside HikariCP's getConnection / ConcurrentBag borrow: the pool has no connection to give. */
    WAITING_FOR_POOL_CONNECTION,
    /** Reading a socket under a JDBC driver: holding a connection while the database works (or the network stalls). */
    JDBC_IO,
    /** Reading a socket under an HTTP client, or waiting in one: a slow downstream service. */
    DOWNSTREAM_IO,
    /** Reading a socket under neither a JDBC driver nor a known HTTP client. */
    OTHER_IO,
    /** BLOCKED on a monitor. */
    BLOCKED_ON_LOCK,
    /** RUNNABLE and not parked in a native wait: burning CPU. */
    RUNNABLE_CPU,
    /** Waiting for work: parked, sleeping, accepting, selecting, reading stdin. */
    IDLE;

    /** The label value used in series and event attributes, e.g. {@code waiting-for-pool-connection}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
