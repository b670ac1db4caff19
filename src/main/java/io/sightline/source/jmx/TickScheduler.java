package io.sightline.source.jmx;

import io.sightline.concurrent.SafeRunnable;

import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Triggers the ticks of every target that shares an interval with one wake-up, and runs them back to back on a
 * few workers (one per {@value #TARGETS_PER_RUNNER} targets, at most {@value #MAX_RUNNERS}): no thread hand-off per target, which is what costs a poller CPU when 50 targets each have a timer of
 * their own. A target whose tick blocks (a hung read) is left behind: a watchdog adds a runner whenever the batch
 * made no progress for {@link #STUCK_MILLIS}, so a slow or dead target delays the others by at most that.
 */
final class TickScheduler {
    static final long STUCK_MILLIS = 200;
    /**
     * Targets per runner: each round trip waits on the target JVM being scheduled, so a few runners in parallel
     * keep a sweep short; more would only add hand-offs on a 2-core machine.
     */
    static final int TARGETS_PER_RUNNER = 12;
    static final int MAX_RUNNERS = 4;

    /** A target as the scheduler sees it. */
    interface Tickable {
        /** Claims the next tick; false while the previous one still runs (that tick is skipped). */
        boolean tryStart();

        /** Runs a claimed tick; returns quickly unless a remote call blocks. */
        void runTick();
    }

    private final ScheduledExecutorService scheduler;
    private final ExecutorService workers;
    private final Map<Long, Group> groups = new ConcurrentHashMap<>();

    TickScheduler(ScheduledExecutorService scheduler, ExecutorService workers) {
        this.scheduler = scheduler;
        this.workers = workers;
    }

    synchronized void add(Tickable t, long intervalMillis) {
        groups.computeIfAbsent(intervalMillis, Group::new).members.add(t);
    }

    synchronized void remove(Tickable t, long intervalMillis) {
        Group g = groups.get(intervalMillis);
        if (g != null && g.members.remove(t) && g.members.isEmpty()) {
            g.schedule.cancel(false);
            groups.remove(intervalMillis);
        }
    }

    /** Runs a tick of {@code t} now, outside its group's rhythm (first connect, or a user's refresh). */
    void tickNow(Tickable t) {
        if (t.tryStart()) {
            workers.execute(SafeRunnable.of("tick", t::runTick));
        }
    }

    private final class Group {
        /** In the order targets were added, so ticks run in a predictable order. */
        final Set<Tickable> members = new CopyOnWriteArraySet<>();
        final ScheduledFuture<?> schedule;

        Group(long intervalMillis) {
            schedule = scheduler.scheduleAtFixedRate(SafeRunnable.of("jmx tick group", this::fire),
                    intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }

        private void fire() {
            Batch batch = new Batch();
            for (Tickable t : members) {
                if (t.tryStart()) {
                    batch.queue.add(t);
                }
            }
            int due = batch.queue.size();
            if (due > 0) {
                int runners = Math.min(MAX_RUNNERS, (due + TARGETS_PER_RUNNER - 1) / TARGETS_PER_RUNNER);
                for (int i = 0; i < runners; i++) {
                    batch.addRunner();
                }
                scheduler.schedule(SafeRunnable.of("jmx tick watchdog", batch::watch), STUCK_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** The ticks due at one instant, drained by one runner, or more when one gets stuck. */
    private final class Batch {
        final Queue<Tickable> queue = new ConcurrentLinkedQueue<>();
        volatile long progressNanos = System.nanoTime();

        void addRunner() {
            workers.execute(SafeRunnable.of("jmx tick batch", this::drain));
        }

        private void drain() {
            for (Tickable t = queue.poll(); t != null; t = queue.poll()) {
                progressNanos = System.nanoTime();
                t.runTick();
            }
        }

        void watch() {
            if (queue.isEmpty()) {
                return;
            }
            if (System.nanoTime() - progressNanos >= TimeUnit.MILLISECONDS.toNanos(STUCK_MILLIS)) {
                progressNanos = System.nanoTime();
                addRunner();
            }
            scheduler.schedule(SafeRunnable.of("jmx tick watchdog", this::watch), STUCK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}
