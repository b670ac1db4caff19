package io.sightline.source.log;

import io.sightline.series.Severity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * What a log viewer asks of {@link LogLines}, headless: which lines pass a filter, the time of a line (parsed
 * with the log's own format; continuation lines take their entry's), and the line at a time (binary search).
 */
public final class LineQueries {
    private final LogLines lines;
    private final LineParser parser;
    private final TimeCapture capture = new TimeCapture();

    public LineQueries(LogLines lines, ZoneId zone) {
        this.lines = lines;
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), FormatDetector.SAMPLE_LINES); i++) {
            sample.add(lines.text(i));
        }
        LogFormat format = FormatDetector.detect(sample);
        this.parser = format.newParser(new ParseContext(zone, Duration.ZERO, LocalDate.now(Clock.system(zone)),
                Clock.system(zone), new LogStats()));
    }

    /**
     * A line filter: from source {@code source} (see {@link LogLines#sources()}; {@link #ALL_SOURCES}: any), level
     * at least {@code minLevel} (null: any), containing {@code text} or matching it as regex.
     */
    public record Filter(int source, Severity minLevel, String text, boolean regex) {
        public static final int ALL_SOURCES = -1;
        public static final Filter NONE = new Filter(ALL_SOURCES, null, "", false);

        public Filter(Severity minLevel, String text, boolean regex) {
            this(ALL_SOURCES, minLevel, text, regex);
        }

        public boolean isEmpty() {
            return source == ALL_SOURCES && minLevel == null && (text == null || text.isEmpty());
        }
    }

    /** Indexes of the lines passing {@code f}, or null when cancelled. Reads line text only for a text filter. */
    public int[] filter(Filter f, BooleanSupplier cancelled) {
        return filter(f, 0, lines.size(), cancelled);
    }

    /** Indexes in {@code [from, to)} of the lines passing {@code f}, or null when cancelled. */
    public int[] filter(Filter f, int from, int to, BooleanSupplier cancelled) {
        int n = Math.min(to, lines.size());
        int[] out = new int[Math.max(16, Math.min(n - from, 1 << 16))];
        int count = 0;
        Pattern p = f.regex() && !f.text().isEmpty() ? Pattern.compile(f.text()) : null;
        for (int i = from; i < n; i++) {
            if ((i & 0xFFF) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            if (passes(f, p, i)) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private boolean passes(Filter f, Pattern p, int i) {
        if (f.source() != Filter.ALL_SOURCES && lines.source(i) != f.source()) {
            return false;
        }
        if (f.minLevel() != null) {
            Severity s = lines.level(i);
            if (s == null || s.ordinal() < f.minLevel().ordinal()) {
                return false;
            }
        }
        if (f.text() == null || f.text().isEmpty()) {
            return true;
        }
        String t = lines.text(i);
        return p != null ? p.matcher(t).find() : t.contains(f.text());
    }

    /** The time of line {@code i} (epoch ms), from it or the entry it continues; Long.MIN_VALUE if none. */
    public synchronized long timeOf(int i) {
        long known = lines.time(i);
        if (known != LogLines.NO_TIME) {
            return known;
        }
        for (int k = i; k >= 0 && k > i - 500; k--) {
            byte[] b = lines.text(k).getBytes(StandardCharsets.UTF_8);
            capture.time = Long.MIN_VALUE;
            parser.line(b, 0, b.length, capture);
            parser.flush(capture);
            if (capture.time != Long.MIN_VALUE) {
                return capture.time;
            }
        }
        return Long.MIN_VALUE;
    }

    /** The first line at or after {@code timeMillis} (lines are assumed roughly in time order). */
    public int indexAt(long timeMillis) {
        int lo = 0;
        int hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long t = timeOf(mid);
            if (t != Long.MIN_VALUE && t < timeMillis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.min(lo, Math.max(0, lines.size() - 1));
    }

    /** Sees only the time of whatever the parser found. */
    private static final class TimeCapture implements LogSink {
        long time = Long.MIN_VALUE;

        @Override
        public void request(long timeMillis, int status, long latencyMicros) {
            time = timeMillis;
        }

        @Override
        public void record(LogRecord record) {
            time = record.timeMillis();
        }

        @Override
        public void gcPause(long timeMillis, double pauseMillis, String kind, String text) {
            time = timeMillis;
        }

        @Override
        public void raw(long timeMillis, String text, String reason) {
            // no time of its own
        }
    }
}
