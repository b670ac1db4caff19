package io.sightline.source.log;

import java.nio.charset.StandardCharsets;

/**
 * Apache/nginx common and combined log, with an optional trailing request time, parsed on bytes: no String per
 * line, no regex, one pass with word-at-a-time scans (see docs/benchmarks.md, "Logs").
 *
 * <pre>host ident user [17/May/2015:10:05:03 +0000] "GET / HTTP/1.1" 200 2326 ["referer" "agent"] [time]</pre>
 * The request time is Apache {@code %D} (integer µs), nginx {@code $request_time} (seconds with a dot), or
 * integer milliseconds when the source says so ({@link LatencyUnit#MILLIS}).
 */
final class AccessLogParser implements LineParser {
    enum LatencyUnit { MICROS, MILLIS }

    static final String REASON_NO_TIME = "no [dd/Mon/yyyy:HH:mm:ss zone] timestamp";
    static final String REASON_NO_REQUEST = "no quoted request followed by a status";
    static final String REASON_UNTERMINATED = "unterminated quoted field";

    private static final byte[] MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec".getBytes(StandardCharsets.US_ASCII);

    private final ParseContext ctx;
    private final LatencyUnit integerUnit;
    /** "dd/Mon/yyyy:HH" and zone of the last line, and that hour's epoch ms: lines share it for an hour. */
    private final byte[] cachedHour = new byte[20];
    private boolean cacheValid;
    private long cachedHourMillis;

    AccessLogParser(ParseContext ctx, LatencyUnit integerUnit) {
        this.ctx = ctx;
        this.integerUnit = integerUnit;
    }

    @Override
    public void line(byte[] b, int start, int end, LogSink sink) {
        int open = Bytes.indexOf(b, start, end, (byte) '[');
        long time = open < 0 || open + 28 > end || b[open + 27] != ']' ? Long.MIN_VALUE : time(b, open + 1);
        if (time == Long.MIN_VALUE) {
            raw(b, start, end, sink, REASON_NO_TIME);
            return;
        }
        int q = open + 28;
        if (q + 2 > end || b[q] != ' ' || b[q + 1] != '"') {
            raw(b, start, end, sink, REASON_NO_REQUEST);
            return;
        }
        int statusAt = requestEnd(b, q + 2, end);
        if (statusAt < 0) {
            raw(b, start, end, sink, REASON_NO_REQUEST);
            return;
        }
        int status = (b[statusAt] - '0') * 100 + (b[statusAt + 1] - '0') * 10 + (b[statusAt + 2] - '0');
        int i = statusAt + 4; // the bytes field
        while (i < end && b[i] != ' ') {
            i++;
        }
        // The rest, ["referer" "agent"] [time], is read from the line's end: nothing in between is needed, and
        // not scanning the user agent is a third of the work. A combined line must still end its quotes.
        int e = end;
        long latency = -1;
        int s = end;
        while (s > i && (Bytes.isDigit(b[s - 1]) || b[s - 1] == '.')) {
            s--;
        }
        if (s < end && s > i && b[s - 1] == ' ') {
            latency = latencyMicros(b, s, end);
            e = s - 1;
        }
        if (i + 1 < e && b[i + 1] == '"' && (b[e - 1] != '"' || e - 1 == i + 1)) {
            raw(b, start, end, sink, REASON_UNTERMINATED);
            return;
        }
        request(ctx.stamp(time), status, latency, sink);
    }

    private void request(long time, int status, long latencyMicros, LogSink sink) {
        ctx.stats().parsed();
        sink.request(time, status, latencyMicros);
    }

    /** After the opening quote of the request: index of the status digits following the closing quote, or -1. */
    private static int requestEnd(byte[] b, int from, int end) {
        int i = from;
        while (true) {
            int q = Bytes.indexOf(b, i, end, (byte) '"');
            if (q < 0 || q + 5 > end) {
                return -1;
            }
            // A quote inside the request (escaped or not) is not followed by " ddd ": keep looking.
            if (b[q + 1] == ' ' && Bytes.isDigit(b[q + 2]) && Bytes.isDigit(b[q + 3]) && Bytes.isDigit(b[q + 4])
                    && (q + 5 == end || b[q + 5] == ' ')) {
                return q + 2;
            }
            i = q + 1;
        }
    }

    /** A request time in µs from {@code b[s, end)}: integer µs (or ms), or seconds with a dot; -1 if malformed. */
    private long latencyMicros(byte[] b, int s, int end) {
        int dot = Bytes.indexOf(b, s, end, (byte) '.');
        if (dot < 0) {
            long v = Bytes.parseDigits(b, s, end);
            return v < 0 ? -1 : integerUnit == LatencyUnit.MILLIS ? v * 1000 : v;
        }
        long whole = Bytes.parseDigits(b, s, dot);
        long frac = dot + 1 == end ? 0 : Bytes.parseDigits(b, dot + 1, end);
        if (whole < 0 || frac < 0 || end - dot - 1 > 6) {
            return -1;
        }
        for (int k = end - dot - 1; k < 6; k++) {
            frac *= 10;
        }
        return whole * 1_000_000 + frac;
    }

    /** Parses {@code dd/Mon/yyyy:HH:mm:ss +zzzz} at {@code i}; Long.MIN_VALUE when malformed. */
    private long time(byte[] b, int i) {
        if (b[i + 2] != '/' || b[i + 6] != '/' || b[i + 11] != ':' || b[i + 14] != ':' || b[i + 17] != ':'
                || b[i + 20] != ' ') {
            return Long.MIN_VALUE;
        }
        if (!sameHour(b, i)) {
            long hour = hourMillis(b, i);
            if (hour == Long.MIN_VALUE) {
                return hour;
            }
            System.arraycopy(b, i, cachedHour, 0, 14);
            System.arraycopy(b, i + 20, cachedHour, 14, 6);
            cachedHourMillis = hour;
            cacheValid = true;
        }
        long mm = Bytes.parseDigits(b, i + 15, i + 17);
        long ss = Bytes.parseDigits(b, i + 18, i + 20);
        if (mm < 0 || ss < 0 || mm > 59 || ss > 60) {
            return Long.MIN_VALUE;
        }
        return cachedHourMillis + mm * 60_000 + ss * 1000;
    }

    private boolean sameHour(byte[] b, int i) {
        if (!cacheValid) {
            return false;
        }
        for (int k = 0; k < 14; k++) {
            if (b[i + k] != cachedHour[k]) {
                return false;
            }
        }
        for (int k = 0; k < 6; k++) {
            if (b[i + 20 + k] != cachedHour[14 + k]) {
                return false;
            }
        }
        return true;
    }

    private long hourMillis(byte[] b, int i) {
        long day = Bytes.parseDigits(b, i, i + 2);
        int month = month(b, i + 3);
        long year = Bytes.parseDigits(b, i + 7, i + 11);
        long hour = Bytes.parseDigits(b, i + 12, i + 14);
        byte sign = b[i + 21];
        long zh = Bytes.parseDigits(b, i + 22, i + 24);
        long zm = Bytes.parseDigits(b, i + 24, i + 26);
        if (day < 0 || month < 0 || year < 0 || hour < 0 || zh < 0 || zm < 0 || (sign != '+' && sign != '-')) {
            return Long.MIN_VALUE;
        }
        int offset = (int) ((sign == '-' ? -1 : 1) * (zh * 3600 + zm * 60));
        try {
            return ctx.times().withOffset((int) year, month, (int) day, (int) hour, 0, 0, 0, offset);
        } catch (RuntimeException e) {
            return Long.MIN_VALUE;
        }
    }

    private static int month(byte[] b, int i) {
        for (int m = 0; m < 12; m++) {
            if (b[i] == MONTHS[m * 3] && b[i + 1] == MONTHS[m * 3 + 1] && b[i + 2] == MONTHS[m * 3 + 2]) {
                return m + 1;
            }
        }
        return -1;
    }

    private void raw(byte[] b, int start, int end, LogSink sink, String reason) {
        ctx.stats().raw(reason);
        sink.raw(ctx.lastTime(), new String(b, start, end - start, StandardCharsets.UTF_8), reason);
    }
}
