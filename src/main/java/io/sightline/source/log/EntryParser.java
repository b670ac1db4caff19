package io.sightline.source.log;

/**
 * Base of the application-log layouts: a header line starts an entry; stack-trace lines after it stay in that
 * entry (one event, not forty); any other line is kept raw with the reason.
 */
abstract class EntryParser extends TextLineParser {
    static final String REASON_NO_HEADER = "does not match the layout";
    static final String REASON_ORPHAN = "continuation line without an entry before it";

    private Header pending;
    private StringBuilder exceptionLines;
    private int frames;

    EntryParser(ParseContext ctx) {
        super(ctx);
    }

    /** A parsed header line, or null when the line does not start an entry in this layout. */
    abstract Header header(String line);

    /**
     * The header parsed straight from an ASCII line's bytes, or null to take the decoding path ({@link #header(String)})
     * — which must then give the same answer, except that without {@code detail} thread and logger may be left
     * empty. Layouts that have no byte-level parser keep the default.
     */
    Header header(byte[] buf, int start, int end, boolean detail) {
        return null;
    }

    /** True when {@link #header} handled the line itself (an access-style regex line became a request). */
    boolean consumedWithoutHeader() {
        return false;
    }

    /**
     * Frame lines of the entry being built are counted without decoding them (most lines of a stack trace); a
     * plain-ASCII header line is parsed from its bytes when the layout can (most of the other lines).
     */
    @Override
    public void line(byte[] buf, int start, int end, LogSink sink) {
        if (pending != null && end > start && (buf[start] == '\t' || buf[start] == ' ')) {
            ctx.stats().continuation();
            frames++;
            return;
        }
        if (Bytes.classify(buf, start, end) == 0) {
            Header h = header(buf, start, end, sink.wantsEntryDetail());
            if (h != null) {
                started(h, sink);
                return;
            }
        }
        super.line(buf, start, end, sink);
    }

    private void started(Header h, LogSink sink) {
        flush(sink);
        ctx.stats().parsed();
        pending = h;
    }

    @Override
    void text(String line, LogSink sink) {
        Header h = header(line);
        if (h == null && consumedWithoutHeader()) {
            return;
        }
        if (h != null) {
            started(h, sink);
            return;
        }
        if (Levels.isContinuation(line)) {
            ctx.stats().continuation();
            if (pending == null) {
                ctx.stats().raw(REASON_ORPHAN);
                sink.raw(ctx.lastTime(), line, REASON_ORPHAN);
                return;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                frames++;
                return;
            }
            if (exceptionLines == null) {
                exceptionLines = new StringBuilder(line.length() * 2);
            } else {
                exceptionLines.append('\n');
            }
            exceptionLines.append(line);
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
        String lines;
        int count = frames;
        if (exceptionLines != null) {
            lines = exceptionLines.toString();
        } else {
            lines = Levels.exceptionLines(h.inlineStack);
            count += Levels.frames(h.inlineStack);
        }
        exceptionLines = null;
        frames = 0;
        sink.record(new LogRecord(h.time, h.level, h.thread, h.logger, h.message, lines, count));
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
