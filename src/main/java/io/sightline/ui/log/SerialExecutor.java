package io.sightline.ui.log;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs tasks one at a time, in the order given, on a shared pool: the pane's filter and refresh work read and
 * change the same lines and the same row mapping, so they must never overlap (and no thread is added for it).
 */
final class SerialExecutor implements Executor {
    private final Executor pool;
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private boolean running;

    SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public synchronized void execute(Runnable task) {
        queue.add(task);
        if (!running) {
            running = true;
            try {
                pool.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                running = false; // the pool is shutting down with the session: nothing left to show
                queue.clear();
            }
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queue.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SerialExecutor.class).warn("log pane task failed", e);
            }
        }
    }
}
