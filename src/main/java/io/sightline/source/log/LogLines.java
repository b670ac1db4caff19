package io.sightline.source.log;

import io.sightline.series.Severity;

/**
 * Lines of one log for a viewer, by index, without holding them all: a file is an index of line offsets
 * ({@link FileLineIndex}), a command a bounded window ({@link LineWindow}). Continuation lines carry the level
 * of their entry, so a level filter keeps a stack trace with its header.
 */
public interface LogLines {
    int size();

    String text(int index);

    /** The entry's level, or null when the line has none (raw text). */
    Severity level(int index);

    /** Picks up lines added since the last call; true if anything changed. Called off the FX thread. */
    boolean refresh();
}
