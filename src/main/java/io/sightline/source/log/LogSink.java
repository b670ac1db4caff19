package io.sightline.source.log;

/** Where parsers put what they found. One sink per source, called on that source's thread only. */
public interface LogSink {
    /** One access-log request; {@code latencyMicros} is -1 when the line has no request time. */
    void request(long timeMillis, int status, long latencyMicros);

    /** One application-log entry (header line plus its stack trace). */
    void record(LogRecord record);

    /** One stop-the-world GC pause of the given kind (young, mixed, initial-mark, remark, cleanup, full, ...). */
    void gcPause(long timeMillis, double pauseMillis, String kind, String text);

    /**
     * Whether entries need their thread and logger (events do; derived metrics only count entries, exceptions and
     * pool timeouts): a parser may leave them empty when not, saving two Strings per line.
     */
    default boolean wantsEntryDetail() {
        return true;
    }

    /** A line no parser understood, kept with the reason; {@code timeMillis} is the last known time. */
    void raw(long timeMillis, String text, String reason);
}
