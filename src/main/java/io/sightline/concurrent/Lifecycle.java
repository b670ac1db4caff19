package io.sightline.concurrent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Owns every background thread and closeable resource of one running Sightline (the GUI, a CLI command, a
 * test). Nothing starts a thread on its own: it asks the lifecycle for a named daemon executor, and
 * {@link #close()} shuts them all down, last created first, so no thread outlives its owner.
 */
public final class Lifecycle implements AutoCloseable {
    /** Looked up when first needed: initialising logging costs a CLI run ~0.15 s of CPU it rarely needs. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);
    }

    private final Deque<AutoCloseable> owned = new ArrayDeque<>();
    private boolean closed;

    /** A single-threaded scheduler whose thread is a daemon named {@code name}. */
    public ScheduledExecutorService newScheduler(String name) {
        return ownExecutor(Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory(name)));
    }

    /** A scheduler with {@code threads} daemon threads named {@code name-N}. */
    public ScheduledExecutorService newScheduler(String name, int threads) {
        return ownExecutor(Executors.newScheduledThreadPool(threads, new NamedThreadFactory(name)));
    }

    /** A cached pool of daemon threads named {@code name-N}, for blocking work such as connecting. */
    public ExecutorService newCachedPool(String name) {
        return ownExecutor(Executors.newCachedThreadPool(new NamedThreadFactory(name)));
    }

    /** One daemon thread for a long-running loop (a reader of a stream, an accept loop). */
    public Thread newThread(String name, Runnable loop) {
        Thread t = new NamedThreadFactory(name).newThread(loop);
        AutoCloseable interrupt = t::interrupt;
        own(interrupt);
        return t;
    }

    private <T extends ExecutorService> T ownExecutor(T executor) {
        AutoCloseable shutdown = () -> shutdown(executor);
        own(shutdown);
        return executor;
    }

    /** Registers a resource to be closed with this lifecycle; returns it. */
    public synchronized <T extends AutoCloseable> T own(T resource) {
        if (closed) {
            closeQuietly(resource);
            throw new IllegalStateException("lifecycle already closed");
        }
        owned.push(resource);
        return resource;
    }

    @Override
    public void close() {
        Deque<AutoCloseable> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayDeque<>(owned);
            owned.clear();
        }
        toClose.forEach(Lifecycle::closeQuietly);
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    private static void shutdown(ExecutorService executor) throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            Log.LOG.warn("an executor did not stop within 5 s; its daemon threads end with the JVM");
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Log.LOG.warn("closing {} failed: {}", c, e.toString());
        }
    }
}
