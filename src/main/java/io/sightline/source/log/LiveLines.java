package io.sightline.source.log;

import io.sightline.series.Severity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The last {@code capacity} lines of several live sources merged by their time, for the log pane. Sources append
 * on their own threads into an inbox (cheap, never blocked by a viewer); {@link #refreshChange()} moves the inbox
 * into the window: sorted by time, stable (equal times keep the order they arrived in), merged into the window's
 * tail (a line stamped earlier than lines already shown, as an access log writes them, lands in its place) and
 * the oldest lines dropped past the capacity. Each line keeps its source, its time and its entry's level.
 */
public final class LiveLines implements LogLines {
    private final int capacity;
    private final List<String> names = new CopyOnWriteArrayList<>();
    private final Object inboxLock = new Object();
    private Batch inbox = new Batch();
    private long inboxDropped;
    // The window, [start, end) of arrays twice the capacity: merges touch only the tail, drops move start.
    private final String[] text;
    private final long[] time;
    private final byte[] level;
    private final short[] source;
    private int start;
    private int end;
    private long dropped;

    public LiveLines(int capacity) {
        if (capacity <= 0 || capacity > (1 << 26)) {
            throw new IllegalArgumentException("live window capacity must be 1..2^26 lines, got " + capacity);
        }
        this.capacity = capacity;
        this.text = new String[2 * capacity];
        this.time = new long[2 * capacity];
        this.level = new byte[2 * capacity];
        this.source = new short[2 * capacity];
    }

    /** A new source named {@code name}: what its pipeline calls with every parsed line (see {@link LogSource#feed}). */
    Feed newFeed(String name) {
        if (names.size() >= Short.MAX_VALUE) {
            throw new IllegalStateException("too many sources in one live window");
        }
        names.add(name);
        return new Feed((short) (names.size() - 1));
    }

    /** Appends one line of source {@code source}; for a source's own thread. */
    void append(short sourceIndex, String line, long timeMillis, byte levelCode) {
        synchronized (inboxLock) {
            if (inbox.n == 2 * capacity) {
                inboxDropped += inbox.dropFront(capacity); // nobody reads: keep the newest, count the rest
            }
            inbox.add(sourceIndex, line, timeMillis, levelCode);
        }
    }

    @Override
    public boolean refresh() {
        return refreshChange() != null;
    }

    @Override
    public Change refreshChange() {
        Batch batch;
        long lost;
        synchronized (inboxLock) {
            if (inbox.n == 0) {
                return null;
            }
            batch = inbox;
            lost = inboxDropped + (batch.n > capacity ? batch.dropFront(batch.n - capacity) : 0);
            inbox = new Batch();
            inboxDropped = 0;
        }
        synchronized (this) {
            dropped += lost;
            return merge(batch);
        }
    }

    private Change merge(Batch b) {
        Integer[] order = b.orderByTime();
        int n = order.length;
        int oldSize = end - start;
        if (end + n > text.length) {
            compact();
        }
        int p = upperBound(b.time[order[0]]);
        int tail = end - p;
        String[] tText = Arrays.copyOfRange(text, p, end);
        long[] tTime = Arrays.copyOfRange(time, p, end);
        byte[] tLevel = Arrays.copyOfRange(level, p, end);
        short[] tSource = Arrays.copyOfRange(source, p, end);
        int i = 0;
        int j = 0;
        for (int out = p; out < p + tail + n; out++) {
            if (j >= n || (i < tail && tTime[i] <= b.time[order[j]])) {
                put(out, tText[i], tTime[i], tLevel[i], tSource[i]);
                i++;
            } else {
                int k = order[j++];
                put(out, b.text[k], b.time[k], b.level[k], b.source[k]);
            }
        }
        end += n;
        int kept = p - start;
        int over = Math.max(0, end - start - capacity);
        Arrays.fill(text, start, start + over, null);
        start += over;
        dropped += over;
        return new Change(over, Math.max(0, Math.min(kept, oldSize) - over));
    }

    private void put(int at, String t, long ms, byte lv, short src) {
        text[at] = t;
        time[at] = ms;
        level[at] = lv;
        source[at] = src;
    }

    /** First position in the window whose time is after {@code t}: equal times stay before what is merged in. */
    private int upperBound(long t) {
        int lo = start;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void compact() {
        int size = end - start;
        System.arraycopy(text, start, text, 0, size);
        System.arraycopy(time, start, time, 0, size);
        System.arraycopy(level, start, level, 0, size);
        System.arraycopy(source, start, source, 0, size);
        Arrays.fill(text, size, end, null);
        start = 0;
        end = size;
    }

    @Override
    public synchronized int size() {
        return end - start;
    }

    /** Lines that left the window (older than the newest {@code capacity}). */
    public synchronized long dropped() {
        return dropped;
    }

    public int capacity() {
        return capacity;
    }

    @Override
    public synchronized String text(int index) {
        return inWindow(index) ? text[start + index] : "";
    }

    @Override
    public synchronized Severity level(int index) {
        return inWindow(index) ? LevelSniffer.severity(level[start + index]) : null;
    }

    @Override
    public synchronized long time(int index) {
        return inWindow(index) ? time[start + index] : NO_TIME;
    }

    @Override
    public synchronized int source(int index) {
        return inWindow(index) ? source[start + index] : 0;
    }

    @Override
    public List<String> sources() {
        return List.copyOf(names);
    }

    private boolean inWindow(int index) {
        return index >= 0 && index < end - start;
    }

    /** One source's way in: decodes the line, gives continuation lines their entry's level. */
    final class Feed implements LogPipeline.ParsedLineListener {
        private final short index;
        private byte entryLevel;

        private Feed(short index) {
            this.index = index;
        }

        @Override
        public void line(byte[] buf, int from, int to, long timeMillis) {
            byte lv = LevelSniffer.sniff(buf, from, to);
            if (lv == LevelSniffer.CONTINUATION || lv == LevelSniffer.NONE) {
                lv = entryLevel;
            } else {
                entryLevel = lv;
            }
            append(index, new String(buf, from, to - from, StandardCharsets.UTF_8), timeMillis, lv);
        }
    }

    /** Lines in arrival order, before they are merged. */
    private static final class Batch {
        String[] text = new String[64];
        long[] time = new long[64];
        byte[] level = new byte[64];
        short[] source = new short[64];
        int n;

        void add(short src, String t, long ms, byte lv) {
            if (n == text.length) {
                int c = n * 2;
                text = Arrays.copyOf(text, c);
                time = Arrays.copyOf(time, c);
                level = Arrays.copyOf(level, c);
                source = Arrays.copyOf(source, c);
            }
            text[n] = t;
            time[n] = ms;
            level[n] = lv;
            source[n] = src;
            n++;
        }

        int dropFront(int k) {
            System.arraycopy(text, k, text, 0, n - k);
            System.arraycopy(time, k, time, 0, n - k);
            System.arraycopy(level, k, level, 0, n - k);
            System.arraycopy(source, k, source, 0, n - k);
            Arrays.fill(text, n - k, n, null);
            n -= k;
            return k;
        }

        /** Indexes in time order; the sort is stable, so equal times keep their arrival order. */
        Integer[] orderByTime() {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(time[a], time[b]));
            return order;
        }
    }
}
