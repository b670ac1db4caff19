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
    public static final String CHECKLIST_ACTION = "checklist.action";
    public static final String NOTE = "user.note";
    public static final String ANNOTATION = "user.annotation";

    private EventKinds() {
    }
}
