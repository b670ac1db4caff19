package io.sightline.demo.service;

import io.sightline.concurrent.SafeRunnable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A recommendation cache whose refresh can run away: it allocates {@code rateMb} per second and keeps the
 * newest {@code retainMb} reachable. With the service's small heap this fills the old generation so the
 * collector runs back to back with long pauses, stopping every request thread.
 */
final class RecommendationCache {
    private static final Logger LOG = LoggerFactory.getLogger("io.sightline.shop.RecommendationCache");
    /** Small objects per entry: many small objects, not a few big arrays, are what make marking and copying slow. */
    private static final int ITEMS_PER_ENTRY = 8192;
    /** Approximate bytes per entry: the array's reference slots plus one 16-byte object per item. */
    private static final int CHUNK = ITEMS_PER_ENTRY * (4 + 16);
    private static final long TICK_MS = 50;

    private final ScheduledExecutorService scheduler;
    private final Deque<Object[]> entries = new ArrayDeque<>();
    private ScheduledFuture<?> refresh;
    private double carry;

    RecommendationCache(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    synchronized void refresh(double rateMb, double retainMb) {
        if (refresh != null) {
            refresh.cancel(false);
            refresh = null;
        }
        entries.clear();
        if (rateMb <= 0) {
            return;
        }
        LOG.debug("recommendation cache refresh enabled");
        int maxEntries = (int) Math.max(1, retainMb * 1024 * 1024 / CHUNK);
        double chunksPerTick = rateMb * 1024 * 1024 / CHUNK * TICK_MS / 1000.0;
        refresh = scheduler.scheduleAtFixedRate(SafeRunnable.of("recommendation refresh",
                () -> fill(chunksPerTick, maxEntries)), 0, TICK_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized void fill(double chunksPerTick, int maxEntries) {
        carry += chunksPerTick;
        for (; carry >= 1; carry--) {
            Object[] entry = new Object[ITEMS_PER_ENTRY];
            for (int i = 0; i < entry.length; i++) {
                entry[i] = new Object();
            }
            entries.addLast(entry);
            if (entries.size() > maxEntries) {
                entries.removeFirst();
            }
        }
    }

    /** How many recommendations a browse page shows; reading the cache keeps it honest about being used. */
    synchronized int size() {
        return entries.size();
    }
}
