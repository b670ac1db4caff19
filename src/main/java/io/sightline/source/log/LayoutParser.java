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
