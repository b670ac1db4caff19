package io.sightline.source.log;

import io.sightline.series.Severity;

import java.util.Locale;

/**
 * JVM GC logs, both generations of them, into GC pauses (every stop-the-world kind) and entries:
 * <ul>
 *   <li>JDK 8 {@code -XX:+PrintGCDetails -XX:+PrintGCDateStamps}: {@code 2016-12-19T16:31:46.725+0100: 1.595: [GC
 *       pause (G1 Evacuation Pause) (young), 0.0096173 secs]} followed by indented detail lines (continuation);</li>
 *   <li>unified {@code -Xlog:gc*}: {@code [2024-01-15T10:23:45.123+0100][info][gc] GC(3) Pause Young (Normal)
 *       (G1 Evacuation Pause) 24M->4M(256M) 3.456ms}. With only the default {@code uptime} decorator the wall
 *       clock comes from the file ({@link UptimeAnchor}: modification time minus the last line's uptime), or for
 *       a stream from now minus the first line's uptime (entries say so in their thread field).</li>
 * </ul>
 * Concurrent phases ({@code GC concurrent-mark-start}) are entries, not pauses: the application keeps running.
 */
final class GcLogParser extends TextLineParser {
    static final String REASON_NO_DATE = "GC line without a date stamp (-XX:+PrintGCDateStamps)";
    static final String REASON_NO_DURATION = "GC pause without a duration";
    static final String REASON_UNKNOWN = "not a GC log line";

    private final TimestampText ts;
    private long uptimeBase = Long.MIN_VALUE;

    GcLogParser(ParseContext ctx) {
        super(ctx);
        this.ts = new TimestampText(ctx.times());
    }

    @Override
    void text(String line, LogSink sink) {
        if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            ctx.stats().continuation();
            return;
        }
        if (line.charAt(0) == '[') {
            unified(line, sink);
            return;
        }
        long time = ts.parse(line, 0);
        if (time != TimestampText.NONE && line.startsWith(": ", ts.end)) {
            jdk8(ctx.stamp(time), line, line.indexOf('[', ts.end), sink);
        } else if (isJvmHeader(line)) {
            ctx.stats().parsed();
            sink.record(new LogRecord(ctx.lastTime(), "INFO", "", "gc", line, "", 0));
        } else if (startsWithUptime(line)) {
            raw(line, sink, REASON_NO_DATE);
        } else {
            raw(line, sink, REASON_UNKNOWN);
        }
    }

    private void jdk8(long time, String line, int bracket, LogSink sink) {
        if (bracket < 0) {
            raw(line, sink, REASON_UNKNOWN);
            return;
        }
        String event = line.substring(bracket + 1);
        String kind = jdk8Kind(event);
        ctx.stats().parsed();
        if (kind == null) {
            sink.record(new LogRecord(time, "INFO", "", "gc", event, "", 0));
            return;
        }
        double ms = lastSecsAsMillis(line);
        if (Double.isNaN(ms)) {
            ctx.stats().raw(REASON_NO_DURATION);
            sink.raw(time, line, REASON_NO_DURATION);
            return;
        }
        ctx.stats().gcPause(kind);
        sink.gcPause(time, ms, kind, event);
    }

    /** The pause kind of a JDK 8 event text, or null when it is not a stop-the-world pause. */
    static String jdk8Kind(String e) {
        if (e.startsWith("GC pause")) {
            if (e.contains("(mixed)")) {
                return "mixed";
            }
            return e.contains("(initial-mark)") ? "initial-mark" : "young";
        }
        if (e.startsWith("GC remark") || e.startsWith("GC (CMS Final Remark)")) {
            return "remark";
        }
        if (e.startsWith("GC cleanup")) {
            return "cleanup";
        }
        if (e.startsWith("Full GC")) {
            return "full";
        }
        if (e.startsWith("GC (CMS Initial Mark)")) {
            return "initial-mark";
        }
        if (e.startsWith("GC concurrent") || e.startsWith("CMS-concurrent")) {
            return null;
        }
        return e.startsWith("GC (") || e.startsWith("GC--") ? "young" : null;
    }

    /** The last ", 0.0096173 secs]" of the line: the event's total (the [Times: ...] block has no comma). */
    private static double lastSecsAsMillis(String line) {
        int at = line.lastIndexOf(" secs]");
        while (at > 0) {
            int s = at;
            while (s > 0 && (Character.isDigit(line.charAt(s - 1)) || line.charAt(s - 1) == '.')) {
                s--;
            }
            if (s >= 2 && s < at && line.charAt(s - 1) == ' ' && line.charAt(s - 2) == ',') {
                return new java.math.BigDecimal(line.substring(s, at)).movePointRight(3).doubleValue();
            }
            at = line.lastIndexOf(" secs]", at - 1);
        }
        return Double.NaN;
    }

    private void unified(String line, LogSink sink) {
        long wall = TimestampText.NONE;
        double uptimeMs = Double.NaN;
        String level = "info";
        boolean gcTag = false;
        int i = 0;
        while (i < line.length() && line.charAt(i) == '[') {
            int close = line.indexOf(']', i);
            if (close < 0) {
                break;
            }
            String deco = line.substring(i + 1, close).trim();
            long t = ts.parse(deco, 0);
            if (t != TimestampText.NONE) {
                wall = t;
            } else if (isUptime(deco)) {
                uptimeMs = uptimeMillis(deco);
            } else if (Levels.isLevel(deco.toUpperCase(Locale.ROOT).trim())) {
                level = deco.trim();
            } else if (deco.equals("gc") || deco.startsWith("gc,")) {
                gcTag = true;
            }
            i = close + 1;
        }
        // The gc tag tells a unified GC line from other bracketed layouts such as log4j's "[2016-12-20 ...] INFO".
        if (!gcTag || wall == TimestampText.NONE && Double.isNaN(uptimeMs)) {
            raw(line, sink, REASON_UNKNOWN);
            return;
        }
        long time = ctx.stamp(wall != TimestampText.NONE ? wall : estimated(uptimeMs));
        String msg = line.substring(Math.min(i + 1, line.length()));
        ctx.stats().parsed();
        String kind = unifiedKind(msg);
        double ms = kind == null ? Double.NaN : trailingMillis(msg);
        if (Double.isNaN(ms)) {
            String thread = wall == TimestampText.NONE ? "time estimated from uptime" : "";
            sink.record(new LogRecord(time, level.toUpperCase(Locale.ROOT), thread, "gc", msg, "", 0));
            return;
        }
        ctx.stats().gcPause(kind);
        sink.gcPause(time, ms, kind, msg);
    }

    /** Wall time of an uptime: from the file's anchor, else (a live stream) now minus the first line's uptime. */
    private long estimated(double uptimeMs) {
        UptimeAnchor anchor = ctx.uptimeAnchor();
        if (anchor != null) {
            return anchor.wallAt(uptimeMs);
        }
        if (uptimeBase == Long.MIN_VALUE) {
            uptimeBase = ctx.clock().millis() - (long) uptimeMs;
        }
        return uptimeBase + (long) uptimeMs;
    }

    /** The kind of a unified-logging pause ("GC(3) Pause Young (Normal) ..."), or null. */
    static String unifiedKind(String msg) {
        int p = msg.indexOf(" Pause ");
        if (!msg.startsWith("GC(") || p < 0) {
            return null;
        }
        String rest = msg.substring(p + 7);
        if (rest.startsWith("Young")) {
            if (rest.contains("(Mixed)")) {
                return "mixed";
            }
            return rest.contains("(Concurrent Start)") ? "initial-mark" : "young";
        }
        if (rest.startsWith("Full")) {
            return "full";
        }
        if (rest.startsWith("Remark") || rest.startsWith("Final Mark")) {
            return "remark";
        }
        if (rest.startsWith("Init Mark") || rest.startsWith("Initial Mark")) {
            return "initial-mark";
        }
        int end = 0;
        while (end < rest.length() && (Character.isLetter(rest.charAt(end)) || rest.charAt(end) == ' ')) {
            end++;
        }
        return rest.substring(0, end).trim().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** "... 3.456ms" at the end of a pause line; NaN when the line has none (the gc,start line). */
    private static double trailingMillis(String msg) {
        if (!msg.endsWith("ms")) {
            return Double.NaN;
        }
        int e = msg.length() - 2;
        int s = e;
        while (s > 0 && (Character.isDigit(msg.charAt(s - 1)) || msg.charAt(s - 1) == '.')) {
            s--;
        }
        return s == e || s == 0 || msg.charAt(s - 1) != ' ' ? Double.NaN : Double.parseDouble(msg.substring(s, e));
    }

    private static boolean isUptime(String d) {
        return (d.endsWith("s") || d.endsWith("ms")) && !d.isEmpty() && Character.isDigit(d.charAt(0));
    }

    private static double uptimeMillis(String d) {
        try {
            return d.endsWith("ms") ? Double.parseDouble(d.substring(0, d.length() - 2))
                    : Double.parseDouble(d.substring(0, d.length() - 1)) * 1000.0;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean isJvmHeader(String line) {
        return line.startsWith("OpenJDK") || line.startsWith("Java HotSpot") || line.startsWith("Memory:")
                || line.startsWith("CommandLine flags:");
    }

    private static boolean startsWithUptime(String line) {
        int c = line.indexOf(": [");
        return c > 0 && TimestampText.digits(line, 0, 1);
    }

    private void raw(String line, LogSink sink, String reason) {
        ctx.stats().raw(reason);
        sink.raw(ctx.lastTime(), line, reason);
    }

    static Severity severityOf(String kind) {
        return "full".equals(kind) ? Severity.WARN : Severity.INFO;
    }
}
