package io.sightline.source.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The escape hatch: a user's regex with named groups {@code time}, {@code level}, {@code thread},
 * {@code logger}, {@code message}, and for access-style logs {@code status} and {@code latencyMs}. The time
 * group is ISO-like ({@code 2024-01-15 10:23:45,123}, optional offset) or epoch seconds/milliseconds.
 */
final class RegexLineParser extends EntryParser {
    private final Pattern pattern;
    private final TimestampText ts;
    private final boolean access;

    RegexLineParser(String regex, ParseContext ctx) {
        super(ctx);
        try {
            this.pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regex format: " + e.getDescription() + " in '" + regex + "'");
        }
        if (!regex.contains("(?<time>")) {
            throw new IllegalArgumentException("regex format needs a named group (?<time>...): '" + regex + "'");
        }
        this.access = regex.contains("(?<status>");
        this.ts = new TimestampText(ctx.times());
    }

    /** Access-style regexes produce requests, not entries: the sink is handed in per line. */
    private LogSink currentSink;

    @Override
    void text(String line, LogSink sink) {
        currentSink = sink;
        super.text(line, sink);
    }

    @Override
    Header header(String line) {
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            return null;
        }
        long time = time(m.group("time"));
        if (time == TimestampText.NONE) {
            return null;
        }
        if (access) {
            request(m, ctx.stamp(time));
            return null;
        }
        return new Header(ctx.stamp(time), group(m, "level"), group(m, "thread"), group(m, "logger"),
                group(m, "message"), "");
    }

    private void request(Matcher m, long time) {
        int status = Integer.parseInt(m.group("status"));
        String lat = group(m, "latencyMs");
        long micros = lat.isEmpty() ? -1 : (long) (Double.parseDouble(lat) * 1000);
        ctx.stats().parsed();
        flush(currentSink);
        currentSink.request(time, status, micros);
        accessHandled = true;
    }

    private boolean accessHandled;

    @Override
    boolean consumedWithoutHeader() {
        boolean handled = accessHandled;
        accessHandled = false;
        return handled;
    }

    private long time(String text) {
        if (text == null) {
            return TimestampText.NONE;
        }
        long t = ts.parse(text, 0);
        if (t != TimestampText.NONE) {
            return t;
        }
        if (TimestampText.digits(text, 0, text.length()) && !text.isEmpty()) {
            long v = Long.parseLong(text);
            return text.length() <= 10 ? v * 1000 : v;
        }
        return TimestampText.NONE;
    }

    private static String group(Matcher m, String name) {
        try {
            String v = m.group(name);
            return v == null ? "" : v;
        } catch (IllegalArgumentException noSuchGroup) {
            return "";
        }
    }
}
