package io.sightline.series;

/** Event kinds shared across capabilities. A capability may add its own dotted kinds. */
public final class EventKinds {
    public static final String TARGET_CONNECTED = "target.connected";
    public static final String TARGET_DISCONNECTED = "target.disconnected";
    public static final String TARGET_RESTARTED = "target.restarted";
    public static final String THREAD_DUMP = "jmx.thread-dump";
    public static final String POOL_CONFIG_CHANGED = "pool.config-changed";
    public static final String LOG_POOL_TIMEOUT = "log.pool-timeout";
    public static final String LOG_EXCEPTION = "log.exception";
    public static final String LOG_POOL_STATS = "log.pool-stats";
    public static final String LOG_CONNECTION_LEAK = "log.connection-leak";
    public static final String LOG_THREAD_STARVATION = "log.thread-starvation";
    public static final String LOG_VALIDATION_FAILED = "log.validation-failed";
    /** The database refused a connection (too many clients, reserved slots); attribute {@code type}. */
    public static final String LOG_DB_REFUSED = "log.db-refused";
    /** Lock wait timeout or deadlock; attribute {@code type} = {@code deadlock} or {@code lock-wait}. */
    public static final String LOG_DB_LOCK = "log.db-lock";
    /** Connection refused/reset, connect or read timeout, unknown host; attribute {@code type}. */
    public static final String LOG_NETWORK = "log.network";
    public static final String LOG_GC_FULL = "log.gc-full";
    /** A line no parser understood, kept with attribute {@code reason}. */
    public static final String LOG_UNPARSED = "log.unparsed";
    /** A log source's own trouble: command stderr, exit and restart, rotation, truncation. */
    public static final String LOG_SOURCE_STATUS = "log.source-status";
    public static final String CHECKLIST_ACTION = "checklist.action";
    public static final String NOTE = "user.note";
    public static final String ANNOTATION = "user.annotation";

    /**
     * The kinds drawn as markers across every chart: what changed the system or what a responder did. Typed log
     * events (hundreds of pool timeouts a minute) are evidence, not markers: drawn as lines they would hide the data.
     */
    private static final java.util.Set<String> CHART_MARKERS = java.util.Set.of(TARGET_RESTARTED, TARGET_DISCONNECTED,
            POOL_CONFIG_CHANGED, CHECKLIST_ACTION, NOTE, ANNOTATION, "checklist.top-changed");

    public static boolean isChartMarker(String kind) {
        return CHART_MARKERS.contains(kind);
    }

    private EventKinds() {
    }
}
