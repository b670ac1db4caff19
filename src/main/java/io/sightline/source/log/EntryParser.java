package io.sightline.source.log;

/**
 * Base of the application-log layouts: a header line starts an entry; stack-trace lines after it stay in that
 * entry (one event, not forty); any other line is kept raw with the reason.
 */
abstract class EntryParser extends TextLineParser {
    static final String REASON_NO_HEADER = "does not match the layout";
    static final String REASON_ORPHAN = "continuation line without an entry before it";

    private Header pending;
    private StringBuilder stack;

    EntryParser(ParseContext ctx) {
        super(ctx);
    }

    /** A parsed header line, or null when the line does not start an entry in this layout. */
    abstract Header header(String line);

    /** True when {@link #header} handled the line itself (an access-style regex line became a request). */
    boolean consumedWithoutHeader() {
        return false;
    }

    @Override
    void text(String line, LogSink sink) {
        Header h = header(line);
        if (h == null && consumedWithoutHeader()) {
            return;
        }
        if (h != null) {
            flush(sink);
            ctx.stats().parsed();
            pending = h;
            return;
        }
        if (Levels.isContinuation(line)) {
            ctx.stats().continuation();
            if (pending == null) {
                ctx.stats().raw(REASON_ORPHAN);
                sink.raw(ctx.lastTime(), line, REASON_ORPHAN);
                return;
            }
            if (stack == null) {
                stack = new StringBuilder(line.length() * 8);
            } else {
                stack.append('\n');
            }
            stack.append(line);
            return;
        }
        flush(sink);
        ctx.stats().raw(REASON_NO_HEADER);
        sink.raw(ctx.lastTime(), line, REASON_NO_HEADER);
    }

    @Override
    public final void flush(LogSink sink) {
        if (pending == null) {
            return;
        }
        Header h = pending;
        pending = null;
        String trace = stack == null ? h.inlineStack : stack.toString();
        stack = null;
        sink.record(new LogRecord(h.time, h.level, h.thread, h.logger, h.message, trace));
    }

    /** The fields of a header line. */
    static final class Header {
        final long time;
        final String level;
        final String thread;
        final String logger;
        final String message;
        final String inlineStack;

        Header(long time, String level, String thread, String logger, String message, String inlineStack) {
            this.time = time;
            this.level = level;
            this.thread = thread;
            this.logger = logger;
            this.message = message;
            this.inlineStack = inlineStack;
        }
    }
}
