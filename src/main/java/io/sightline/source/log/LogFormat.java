package io.sightline.source.log;

import java.util.List;
import java.util.Locale;

/**
 * A log format by name, as the user writes it in {@code --format}: {@code access} (alias {@code combined},
 * {@code common}, {@code nginx}; integer request times are µs), {@code access-ms} (integer request times are ms),
 * {@code logback}, {@code spring-boot}, {@code log4j} (alias {@code kafka}), {@code json}, {@code gc} (JDK 8 and
 * unified), {@code raw} (every line kept as is), or {@code regex:<pattern with named groups>}.
 */
public final class LogFormat {
    public static final LogFormat ACCESS = new LogFormat("access", null);
    public static final LogFormat ACCESS_MS = new LogFormat("access-ms", null);
    public static final LogFormat LOGBACK = new LogFormat("logback", null);
    public static final LogFormat SPRING_BOOT = new LogFormat("spring-boot", null);
    public static final LogFormat LOG4J = new LogFormat("log4j", null);
    public static final LogFormat JSON = new LogFormat("json", null);
    public static final LogFormat GC = new LogFormat("gc", null);
    public static final LogFormat RAW = new LogFormat("raw", null);

    /** The candidates auto-detection tries, in the order ties are broken. */
    static final List<LogFormat> DETECTABLE = List.of(ACCESS, GC, SPRING_BOOT, LOGBACK, LOG4J, JSON);

    private final String name;
    private final String regex;

    private LogFormat(String name, String regex) {
        this.name = name;
        this.regex = regex;
    }

    public static LogFormat regex(String pattern) {
        return new LogFormat("regex", pattern);
    }

    /** Parses a {@code --format} value; throws IllegalArgumentException naming the choices. */
    public static LogFormat parse(String text) {
        if (text.startsWith("regex:")) {
            return regex(text.substring(6));
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "access", "combined", "common", "nginx", "apache":
                return ACCESS;
            case "access-ms":
                return ACCESS_MS;
            case "logback":
                return LOGBACK;
            case "spring-boot", "spring":
                return SPRING_BOOT;
            case "log4j", "kafka":
                return LOG4J;
            case "json", "ecs", "logstash":
                return JSON;
            case "gc":
                return GC;
            case "raw":
                return RAW;
            default:
                throw new IllegalArgumentException("unknown log format '" + text + "' (choose access, access-ms, "
                        + "logback, spring-boot, log4j, json, gc, raw or regex:<pattern>)");
        }
    }

    public String name() {
        return name;
    }

    public boolean isAccess() {
        return this == ACCESS || this == ACCESS_MS;
    }

    /** A new parser of this format for one source. */
    public LineParser newParser(ParseContext ctx) {
        switch (name) {
            case "access":
                return new AccessLogParser(ctx, AccessLogParser.LatencyUnit.MICROS);
            case "access-ms":
                return new AccessLogParser(ctx, AccessLogParser.LatencyUnit.MILLIS);
            case "logback":
                return new LayoutParser(LayoutParser.Layout.LOGBACK, ctx);
            case "spring-boot":
                return new LayoutParser(LayoutParser.Layout.SPRING_BOOT, ctx);
            case "log4j":
                return new LayoutParser(LayoutParser.Layout.LOG4J, ctx);
            case "json":
                return new JsonLineParser(ctx);
            case "gc":
                return new GcLogParser(ctx);
            case "regex":
                return new RegexLineParser(regex, ctx);
            default:
                return new RawParser(ctx);
        }
    }

    @Override
    public String toString() {
        return regex == null ? name : "regex:" + regex;
    }
}
