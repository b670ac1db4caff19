package io.sightline.source.log;

/**
 * The common Java logging layouts, parsed by position rather than regex:
 * <ul>
 *   <li>{@link Layout#LOGBACK}: logback's default {@code HH:mm:ss.SSS [thread] LEVEL logger - msg}, also with a
 *       leading {@code yyyy-MM-dd} date;</li>
 *   <li>{@link Layout#SPRING_BOOT}: {@code 2024-01-15T10:23:45.123+01:00  INFO 4711 --- [app] [  main] c.e.Foo : msg}
 *       (Boot 3; Boot 2 prints a space instead of T and no offset; the {@code [app]} group is optional);</li>
 *   <li>{@link Layout#LOG4J}: Kafka's {@code [yyyy-MM-dd HH:mm:ss,SSS] LEVEL msg (logger)}.</li>
 * </ul>
 */
final class LayoutParser extends EntryParser {
    enum Layout { LOGBACK, SPRING_BOOT, LOG4J }

    private final Layout layout;
    private final TimestampText ts;
    /** Enough of a line for any timestamp this layout prints (date, time, 9 fraction digits, offset). */
    private static final int HEAD = 40;
    /** The {@code yyyy-MM-dd HH} of the last plain timestamp parsed in full, and that hour's start (epoch ms). */
    private final byte[] hourKey = new byte[13];
    private long hourStart = TimestampText.NONE;

    LayoutParser(Layout layout, ParseContext ctx) {
        super(ctx);
        this.layout = layout;
        this.ts = new TimestampText(ctx.times());
    }

    @Override
    Header header(String line) {
        try {
            switch (layout) {
                case LOGBACK:
                    return logback(line);
                case SPRING_BOOT:
                    return springBoot(line);
                default:
                    return log4j(line);
            }
        } catch (IndexOutOfBoundsException e) {
            return null; // a line cut short mid-header is not a header
        }
    }

    /**
     * Logback's header read from the bytes of an ASCII line: the same steps as {@link #logback(String)}, with one
     * String per field instead of decoding the whole line and cutting it up (most lines of a busy log are headers).
     */
    @Override
    Header header(byte[] b, int from, int to, boolean detail) {
        if (layout != Layout.LOGBACK) {
            return null;
        }
        long time = sameHour(b, from, to);
        int i = from + 23;
        if (time == TimestampText.NONE) {
            // The timestamp from a short copy of the line's head: TimestampText then only ever sees Strings, and
            // its calls stay monomorphic (a CharSequence view over the bytes made it slower, measured).
            String s = latin1(b, from, Math.min(to, from + HEAD));
            if (to - from > 10 && b[from + 4] == '-') {
                time = ts.parse(s, 0);
                rememberHour(b, from, to, time);
            } else {
                long tod = ts.timeOfDay(s, 0);
                time = tod == TimestampText.NONE ? tod : dateOnly() + tod;
            }
            i = from + ts.end;
        }
        if (time == TimestampText.NONE || i + 2 > to || b[i] != ' ' || b[i + 1] != '[') {
            return null;
        }
        int threadEnd = find(b, i + 2, to, ']', ' ', (byte) 0);
        if (threadEnd < 0) {
            return null;
        }
        int levelStart = threadEnd + 2;
        String level = Levels.levelAt(b, levelStart, to);
        if (level == null) {
            return null;
        }
        int loggerStart = levelStart + level.length();
        while (loggerStart < to && b[loggerStart] == ' ') {
            loggerStart++;
        }
        int dash = find(b, loggerStart, to, ' ', '-', (byte) ' ');
        if (dash < 0) {
            return null;
        }
        return new Header(ctx.stamp(time), level, detail ? latin1(b, i + 2, threadEnd) : "",
                detail ? trimmed(b, loggerStart, dash) : "", latin1(b, dash + 3, to), "");
    }

    /**
     * Lines of a busy log share their date and hour: for {@code yyyy-MM-dd HH:mm:ss.SSS } (no zone written) with the
     * same first 13 bytes as the line that set {@link #hourStart}, the time is that hour's start plus minutes,
     * seconds and millis, exactly what {@link TimestampText#parse} computes. NONE when it does not apply.
     */
    private long sameHour(byte[] b, int from, int to) {
        if (hourStart == TimestampText.NONE || !plainStamp(b, from, to)
                || !java.util.Arrays.equals(b, from, from + 13, hourKey, 0, 13)) {
            return TimestampText.NONE;
        }
        return hourStart + withinHour(b, from);
    }

    private void rememberHour(byte[] b, int from, int to, long time) {
        if (time != TimestampText.NONE && plainStamp(b, from, to)) {
            System.arraycopy(b, from, hourKey, 0, 13);
            hourStart = time - withinHour(b, from);
        }
    }

    private static boolean plainStamp(byte[] b, int from, int to) {
        return to - from > 23 && b[from + 13] == ':' && b[from + 16] == ':' && (b[from + 19] == '.' || b[from + 19] == ',')
                && b[from + 23] == ' ' && digit(b[from + 14]) && digit(b[from + 15]) && digit(b[from + 17])
                && digit(b[from + 18]) && digit(b[from + 20]) && digit(b[from + 21]) && digit(b[from + 22]);
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static long withinHour(byte[] b, int from) {
        int mm = (b[from + 14] - '0') * 10 + (b[from + 15] - '0');
        int ss = (b[from + 17] - '0') * 10 + (b[from + 18] - '0');
        int ms = (b[from + 20] - '0') * 100 + (b[from + 21] - '0') * 10 + (b[from + 22] - '0');
        return mm * 60_000L + ss * 1000L + ms;
    }

    /** First position of the bytes {@code c0 c1 [c2]} (c2 0: two bytes) in {@code b[from, to)}, or -1. */
    private static int find(byte[] b, int from, int to, char c0, char c1, byte c2) {
        int n = c2 == 0 ? 2 : 3;
        int k = from;
        while ((k = Bytes.indexOf(b, k, to, (byte) c0)) >= 0 && k + n <= to) {
            if (b[k + 1] == c1 && (n == 2 || b[k + 2] == c2)) {
                return k;
            }
            k++;
        }
        return -1;
    }

    private static String latin1(byte[] b, int from, int to) {
        return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** As {@code String.trim()}: without leading and trailing bytes up to the space. */
    private static String trimmed(byte[] b, int from, int to) {
        while (from < to && (b[from] & 0xff) <= ' ') {
            from++;
        }
        while (to > from && (b[to - 1] & 0xff) <= ' ') {
            to--;
        }
        return latin1(b, from, to);
    }

    private Header logback(String s) {
        long time;
        int i;
        if (s.length() > 10 && s.charAt(4) == '-') {
            time = ts.parse(s, 0);
            i = ts.end;
        } else {
            long tod = ts.timeOfDay(s, 0);
            time = tod == TimestampText.NONE ? tod : dateOnly() + tod;
            i = ts.end;
        }
        if (time == TimestampText.NONE || !s.startsWith(" [", i)) {
            return null;
        }
        int threadEnd = s.indexOf("] ", i + 2);
        if (threadEnd < 0) {
            return null;
        }
        String thread = s.substring(i + 2, threadEnd);
        int levelStart = threadEnd + 2;
        String level = Levels.levelAt(s, levelStart);
        if (level == null) {
            return null;
        }
        int loggerStart = skipSpaces(s, levelStart + level.length());
        int dash = s.indexOf(" - ", loggerStart);
        if (dash < 0) {
            return null;
        }
        String logger = s.substring(loggerStart, dash).trim();
        return new Header(ctx.stamp(time), level, thread, logger, s.substring(dash + 3), "");
    }

    private long dateOnly() {
        java.time.LocalDate d = ctx.defaultDate();
        return ctx.times().local(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), 0, 0, 0, 0);
    }

    private Header springBoot(String s) {
        long time = ts.parse(s, 0);
        if (time == TimestampText.NONE) {
            return null;
        }
        int levelStart = skipSpaces(s, ts.end);
        String level = Levels.levelAt(s, levelStart);
        if (level == null) {
            return null;
        }
        int pidStart = skipSpaces(s, levelStart + level.length());
        int dashes = s.indexOf(" --- ", pidStart);
        if (dashes < 0 || !TimestampText.digits(s, pidStart, dashes - pidStart)) {
            return null;
        }
        int i = dashes + 5;
        if (s.startsWith("[", i)) {
            int close = s.indexOf("] ", i);
            // Boot 3.2+ may print "[app] [thread]": the thread is the last bracket group before the logger.
            if (close > 0 && s.startsWith("[", close + 2)) {
                i = close + 2;
            }
        }
        if (!s.startsWith("[", i)) {
            return null;
        }
        int threadEnd = s.indexOf("] ", i);
        if (threadEnd < 0) {
            return null;
        }
        int colon = s.indexOf(" : ", threadEnd);
        int msgStart = colon + 3;
        if (colon < 0) {
            colon = s.indexOf(": ", threadEnd);
            msgStart = colon + 2;
            if (colon < 0) {
                return null;
            }
        }
        return new Header(ctx.stamp(time), level, s.substring(i + 1, threadEnd).trim(),
                s.substring(threadEnd + 2, colon).trim(), s.substring(msgStart), "");
    }

    private Header log4j(String s) {
        if (!s.startsWith("[")) {
            return null;
        }
        long time = ts.parse(s, 1);
        if (time == TimestampText.NONE || !s.startsWith("] ", ts.end)) {
            return null;
        }
        int levelStart = ts.end + 2;
        String level = Levels.levelAt(s, levelStart);
        if (level == null) {
            return null;
        }
        int msgStart = skipSpaces(s, levelStart + level.length());
        String logger = "";
        int msgEnd = s.length();
        if (s.endsWith(")")) {
            int open = s.lastIndexOf(" (");
            if (open >= msgStart) {
                logger = s.substring(open + 2, s.length() - 1);
                msgEnd = open;
            }
        }
        return new Header(ctx.stamp(time), level, "", logger,
                s.substring(msgStart, msgEnd), "");
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
