package io.sightline.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A task that any thread may request and that runs once on {@code executor} (the FX thread) however many requests
 * arrived before it ran: a burst of changes from sources' threads costs one refresh, never one per change.
 */
public final class CoalescedTask {
    private final Executor executor;
    private final Runnable task;
    private final AtomicBoolean queued = new AtomicBoolean();

    public CoalescedTask(Executor executor, Runnable task) {
        this.executor = executor;
        this.task = task;
    }

    /** Thread-safe; returns at once. */
    public void request() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false); // before running: a change during the task asks for another run
                task.run();
            });
        }
    }
}
