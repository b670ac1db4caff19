package io.sightline.source.log;

/**
 * Turns lines of one format into calls on a {@link LogSink}. Stateful (multi-line entries, time caches): one
 * instance per source, used by one thread at a time.
 */
public interface LineParser {
    /** One line, {@code buf[start, end)}, without its line terminator. */
    void line(byte[] buf, int start, int end, LogSink sink);

    /** Emits an entry still waiting for continuation lines (end of input, or the source went idle). */
    default void flush(LogSink sink) {
    }
}
