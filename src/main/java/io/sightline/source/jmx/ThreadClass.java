package io.sightline.source.jmx;

import io.sightline.series.EventAttributes;

/** What a thread in a dump is doing, in the terms that separate pool, database and downstream problems. */
public enum ThreadClass {
    /** Inside HikariCP's getConnection / ConcurrentBag borrow: the pool has no connection to give. */
    WAITING_FOR_POOL_CONNECTION(EventAttributes.DUMP_WAITING_FOR_POOL),
    /** Reading a socket under a JDBC driver: holding a connection while the database works (or the network stalls). */
    JDBC_IO(EventAttributes.DUMP_JDBC_IO),
    /** Reading a socket under an HTTP client, or waiting in one: a slow downstream service. */
    DOWNSTREAM_IO(EventAttributes.DUMP_DOWNSTREAM_IO),
    /** Reading a socket under neither a JDBC driver nor a known HTTP client. */
    OTHER_IO(EventAttributes.DUMP_OTHER_IO),
    /** BLOCKED on a monitor. */
    BLOCKED_ON_LOCK(EventAttributes.DUMP_BLOCKED),
    /** RUNNABLE and not parked in a native wait: burning CPU. */
    RUNNABLE_CPU(EventAttributes.DUMP_RUNNABLE),
    /** Waiting for work: parked, sleeping, accepting, selecting, reading stdin. */
    IDLE(EventAttributes.DUMP_IDLE);

    private final String label;

    ThreadClass(String label) {
        this.label = label;
    }

    /** The label value used in series and as the thread-dump event's attribute key ({@link EventAttributes}). */
    public String label() {
        return label;
    }
}
