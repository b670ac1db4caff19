package io.sightline.source.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bytes in, parsed lines out: splits lines, detects the format from the first {@link FormatDetector#SAMPLE_LINES}
 * lines when none was given (holding them until then), and hands every line to the parser. Methods are
 * synchronized because a command source's reader and its idle timer both call in; one source, one pipeline.
 */
public final class LogPipeline {
    private final ParseContext ctx;
    private final LogSink sink;
    private final LineSplitter splitter;
    private final List<byte[]> sample = new ArrayList<>();
    private LogFormat format;
    private LineParser parser;
    private final LineSplitter.Handler handler = this::line;
    private volatile java.util.function.Consumer<String> lineListener;
    private volatile ParsedLineListener parsedListener;

    /** @param format the user's choice, or null to detect it */
    public LogPipeline(ParseContext ctx, LogFormat format, LogSink sink) {
        this.ctx = ctx;
        this.sink = sink;
        this.splitter = new LineSplitter(ctx.stats());
        if (format != null) {
            use(format);
        }
    }

    public synchronized void feed(byte[] buf, int off, int len) {
        splitter.feed(buf, off, len, handler);
    }

    /** The input ended (file finished or rotated away, command exited): a last unterminated line counts. */
    public synchronized void endOfInput() {
        splitter.finish(handler);
        idle();
    }

    /** No new bytes for a while: decide the format with the lines so far and emit an entry held for its stack. */
    public synchronized void idle() {
        if (parser == null && !sample.isEmpty()) {
            detectAndReplay();
        }
        if (parser != null) {
            parser.flush(sink);
        }
    }

    /** The input restarted from its beginning (copytruncate): drop a partial line of the old content. */
    public synchronized void restart() {
        splitter.reset();
        if (parser != null) {
            parser.flush(sink);
        }
    }

    /**
     * Receives every line as text, on the source's thread, before it is parsed (the log pane's bounded window
     * for command sources, tests). Costs a String per line, so it is off unless set.
     */
    public void onLine(java.util.function.Consumer<String> listener) {
        this.lineListener = listener;
    }

    /**
     * Receives every line after it was parsed, with the time of its entry (a stack line takes its header's, a line
     * without a time the last one seen): the log pane's live window merges sources by it. Off unless set.
     */
    void onParsedLine(ParsedLineListener listener) {
        this.parsedListener = listener;
    }

    /** A line, {@code buf[start, end)}, and the time of the entry it belongs to (epoch ms). */
    interface ParsedLineListener {
        void line(byte[] buf, int start, int end, long timeMillis);
    }

    public synchronized LogFormat format() {
        return format;
    }

    public LogStats stats() {
        return ctx.stats();
    }

    private void line(byte[] buf, int start, int end) {
        ctx.stats().line();
        java.util.function.Consumer<String> l = lineListener;
        if (l != null) {
            l.accept(new String(buf, start, end - start, StandardCharsets.UTF_8));
        }
        if (parser != null) {
            parser.line(buf, start, end, sink);
            parsed(buf, start, end);
            return;
        }
        sample.add(Arrays.copyOfRange(buf, start, end));
        if (sample.size() >= FormatDetector.SAMPLE_LINES) {
            detectAndReplay();
        }
    }

    private void detectAndReplay() {
        List<String> text = new ArrayList<>(sample.size());
        for (byte[] b : sample) {
            text.add(new String(b, StandardCharsets.UTF_8));
        }
        use(FormatDetector.detect(text));
        for (byte[] b : sample) {
            parser.line(b, 0, b.length, sink);
            parsed(b, 0, b.length);
        }
        sample.clear();
    }

    private void parsed(byte[] buf, int start, int end) {
        ParsedLineListener l = parsedListener;
        if (l != null) {
            l.line(buf, start, end, ctx.lastTime());
        }
    }

    private void use(LogFormat f) {
        format = f;
        parser = f.newParser(ctx);
    }
}
