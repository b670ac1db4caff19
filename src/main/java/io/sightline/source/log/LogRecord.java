package io.sightline.source.log;

import io.sightline.series.Severity;

/**
 * One parsed application-log entry: the header line plus what matters of the stack trace after it. Frames
 * ({@code \tat ...}) are counted, not kept: they are a third of a log's bytes and nothing derives from them, and
 * the log pane shows them from the file itself.
 *
 * @param timeMillis     epoch ms after the source's zone and clock offset were applied
 * @param level          the level as written (INFO, WARN, ...), or empty
 * @param thread         thread name, or empty
 * @param logger         logger name, or empty
 * @param message        the message of the header line
 * @param exceptionLines the stack trace's exception lines (its first line, {@code Caused by: ...},
 *                       {@code ... 28 more}) joined with '\n', or empty
 * @param frames         how many frame lines the stack trace had
 */
public record LogRecord(long timeMillis, String level, String thread, String logger, String message,
                        String exceptionLines, int frames) {

    public Severity severity() {
        return Levels.severity(level);
    }

    /** The class named on the first line of the stack trace, or in the message when it starts with one; else null. */
    public String exceptionClass() {
        String cls = Levels.leadingExceptionClass(exceptionLines);
        return cls != null ? cls : Levels.leadingExceptionClass(message);
    }

    /** Message and exception lines: the text recognisers search. */
    public String fullText() {
        return exceptionLines.isEmpty() ? message : message + '\n' + exceptionLines;
    }
}
