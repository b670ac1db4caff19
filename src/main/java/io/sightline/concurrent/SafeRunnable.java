package io.sightline.concurrent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps scheduled work so that one failure is logged and never cancels the schedule: a
 * {@code ScheduledExecutorService} silently stops a periodic task whose run throws (as HikariCP's HouseKeeper
 * guards against).
 */
public final class SafeRunnable implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SafeRunnable.class);

    private final String what;
    private final Runnable task;

    private SafeRunnable(String what, Runnable task) {
        this.what = what;
        this.task = task;
    }

    public static Runnable of(String what, Runnable task) {
        return new SafeRunnable(what, task);
    }

    @Override
    public void run() {
        try {
            task.run();
        } catch (Throwable t) {
            LOG.warn("{} failed; will run again on schedule", what, t);
        }
    }
}
