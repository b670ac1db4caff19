package io.sightline.source.log;

import io.sightline.series.Severity;

/**
 * One parsed application-log entry: the header line plus any continuation lines (a stack trace) kept with it.
 *
 * @param timeMillis     epoch ms after the source's zone and clock offset were applied
 * @param level          the level as written (INFO, WARN, ...), or empty
 * @param thread         thread name, or empty
 * @param logger         logger name, or empty
 * @param message        the message of the header line
 * @param stackTrace     continuation lines joined with '\n', or empty
 */
public record LogRecord(long timeMillis, String level, String thread, String logger, String message,
                        String stackTrace) {

    public Severity severity() {
        return Levels.severity(level);
    }

    /** The class named on the first line of the stack trace, or in the message when it starts with one; else null. */
    public String exceptionClass() {
        String cls = Levels.leadingExceptionClass(stackTrace);
        return cls != null ? cls : Levels.leadingExceptionClass(message);
    }

    /** Message and stack trace: the text recognisers search. */
    public String fullText() {
        return stackTrace.isEmpty() ? message : message + '\n' + stackTrace;
    }
}
