package io.sightline.source.log;

import io.sightline.series.Severity;

import java.nio.charset.StandardCharsets;

/**
 * The last {@code capacity} lines of a command source, for the viewer: a ring of strings, appended by the
 * source's thread ({@link LogPipeline#onLine}), read by the view. Index 0 is the oldest line kept; how many
 * were dropped off the front is {@link #dropped()}.
 */
public final class LineWindow implements LogLines {
    private final String[] lines;
    private final byte[] levels;
    private long appended;
    private long published;
    private byte entryLevel;

    public LineWindow(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("window capacity must be positive, got " + capacity);
        }
        this.lines = new String[capacity];
        this.levels = new byte[capacity];
    }

    public synchronized void append(String line) {
        byte[] head = line.substring(0, Math.min(160, line.length())).getBytes(StandardCharsets.UTF_8);
        byte level = LevelSniffer.sniff(head, 0, head.length);
        if (level == LevelSniffer.CONTINUATION || level == LevelSniffer.NONE) {
            level = entryLevel;
        } else {
            entryLevel = level;
        }
        int slot = (int) (appended % lines.length);
        lines[slot] = line;
        levels[slot] = level;
        appended++;
    }

    @Override
    public synchronized int size() {
        return (int) Math.min(published, lines.length);
    }

    public synchronized long dropped() {
        return Math.max(0, published - lines.length);
    }

    @Override
    public synchronized String text(int index) {
        return lines[slot(index)];
    }

    @Override
    public synchronized Severity level(int index) {
        return LevelSniffer.severity(levels[slot(index)]);
    }

    private int slot(int index) {
        long first = Math.max(0, published - lines.length);
        return (int) ((first + index) % lines.length);
    }

    /** Makes appended lines visible; lines past the capacity leave the front. */
    @Override
    public synchronized Change refreshChange() {
        if (published == appended) {
            return null;
        }
        int sizeBefore = size();
        long droppedBefore = dropped();
        published = appended;
        int drop = (int) Math.min(dropped() - droppedBefore, sizeBefore);
        return new Change(drop, sizeBefore - drop);
    }

    /** Makes appended lines visible; indexes stay stable between refreshes. */
    @Override
    public synchronized boolean refresh() {
        boolean changed = published != appended;
        published = appended;
        return changed;
    }
}
