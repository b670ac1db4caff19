package io.sightline.series;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * Every event of a session in time order. Many writers (pollers, log readers, the checklist), many readers;
 * events arriving out of order (log lines) are inserted in place.
 */
public final class EventLog {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Event> events = new ArrayList<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private volatile int size;

    public void add(Event e) {
        lock.writeLock().lock();
        try {
            int i = events.size();
            while (i > 0 && events.get(i - 1).timeMillis() > e.timeMillis()) {
                i--;
            }
            events.add(i, e);
            size = events.size();
        } finally {
            lock.writeLock().unlock();
        }
        listeners.forEach(l -> l.accept(e));
    }

    /** Events with {@code from <= time < to}, oldest first. */
    public List<Event> between(long from, long to) {
        lock.readLock().lock();
        try {
            List<Event> out = new ArrayList<>();
            for (int i = firstAtOrAfter(from); i < events.size() && events.get(i).timeMillis() < to; i++) {
                out.add(events.get(i));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    public List<Event> all() {
        lock.readLock().lock();
        try {
            return List.copyOf(events);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many events there are; cheap, for views that redraw when it changes. */
    public int size() {
        return size;
    }

    /** Called on the adding thread for every event from now on. */
    public void onEvent(Consumer<Event> listener) {
        listeners.add(listener);
    }

    private int firstAtOrAfter(long time) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).timeMillis() < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
