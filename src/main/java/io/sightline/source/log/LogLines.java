package io.sightline.source.log;

import io.sightline.series.Severity;

import java.util.List;

/**
 * Lines of one log (or of several merged) for a viewer, by index, without holding them all: a file is an index of
 * line offsets ({@link FileLineIndex}), a command a bounded window ({@link LineWindow}), live sources a bounded
 * window merged by time ({@link LiveLines}). Continuation lines carry the level of their entry, so a level filter
 * keeps a stack trace with its header.
 */
public interface LogLines {
    /** No time known for a line: the viewer parses it from the text. */
    long NO_TIME = Long.MIN_VALUE;

    int size();

    String text(int index);

    /** The entry's level, or null when the line has none (raw text). */
    Severity level(int index);

    /** Picks up lines added since the last call; true if anything changed. Called off the FX thread. */
    boolean refresh();

    /**
     * {@link #refresh()} saying what changed, for a viewer that keeps its place and its filter: null when nothing
     * did. The default suits logs that only grow (and start over when they shrink).
     */
    default Change refreshChange() {
        int before = size();
        if (!refresh()) {
            return null;
        }
        return size() >= before ? new Change(0, before) : new Change(0, 0);
    }

    /** The line's time (epoch ms) when the source knew it, else {@link #NO_TIME}: parse it from the text. */
    default long time(int index) {
        return NO_TIME;
    }

    /** Which of {@link #sources()} the line came from (0 when there is one source). */
    default int source(int index) {
        return 0;
    }

    /** The names of the sources merged here; empty or one name for a single log. */
    default List<String> sources() {
        return List.of();
    }

    /**
     * What one refresh changed: the first {@code dropped} lines left the front (a bounded window), then, counted
     * after the drop, lines {@code [0, kept)} are the same as before and everything from {@code kept} on is new or
     * moved (a line merged in by its time).
     */
    record Change(int dropped, int kept) {
    }
}
