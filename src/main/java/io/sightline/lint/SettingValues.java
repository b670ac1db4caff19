package io.sightline.lint;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a setting's text the way its real reader does: HikariCP's {@code PropertyElf} (which since 6.x also
 * takes {@code 30s}-style durations for long properties) or Spring Boot's binder (plain numbers only for
 * HikariCP's {@code long} setters).
 */
public final class SettingValues {
    /** HikariCP's {@code PropertyElf.DURATION_PATTERN}. */
    private static final Pattern HIKARI_DURATION = Pattern.compile("^(?<number>\\d+)(?<unit>ms|s|m|h|d)$");
    private static final Set<String> SPRING_TRUE = Set.of("true", "on", "yes", "1");
    private static final Set<String> SPRING_FALSE = Set.of("false", "off", "no", "0");

    /** A parsed number, or the reason the real reader would reject the text (then {@code value} is null). */
    public record Parsed(Long value, String problem) {
        static Parsed ok(long v) {
            return new Parsed(v, null);
        }

        static Parsed bad(String why) {
            return new Parsed(null, why);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    private SettingValues() {
    }

    /** Milliseconds for a duration property, an int for an integer property, 1/0 for a boolean. */
    public static Parsed parse(String property, String text, ConfigFormat format) {
        String t = text.trim();
        if (HikariKeys.isDuration(property)) {
            return duration(t, format);
        }
        if (HikariKeys.isInteger(property)) {
            try {
                return Parsed.ok(Integer.parseInt(t));
            } catch (NumberFormatException e) {
                return Parsed.bad("'" + t + "' is not a whole number");
            }
        }
        if (HikariKeys.isBoolean(property)) {
            return bool(t, format);
        }
        return Parsed.bad("not a numeric property");
    }

    private static Parsed duration(String t, ConfigFormat format) {
        Matcher m = HIKARI_DURATION.matcher(t);
        if (m.matches()) {
            if (!format.readByHikari()) {
                return Parsed.bad("'" + t + "' is a duration, but Spring Boot binds this property to HikariCP's long "
                        + "setter, which takes plain milliseconds");
            }
            long n = Long.parseLong(m.group("number"));
            return Parsed.ok(switch (m.group("unit")) {
                case "ms" -> n;
                case "s" -> n * 1000;
                case "m" -> n * 60_000;
                case "h" -> n * 3_600_000;
                default -> n * 86_400_000;
            });
        }
        try {
            return Parsed.ok(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return Parsed.bad("'" + t + "' is not a number of milliseconds");
        }
    }

    private static Parsed bool(String t, ConfigFormat format) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (format.readByHikari() || format == ConfigFormat.LIVE) {
            // PropertyElf uses Boolean.parseBoolean: anything but "true" silently becomes false.
            if (lower.equals("true") || lower.equals("false")) {
                return Parsed.ok(lower.equals("true") ? 1 : 0);
            }
            return Parsed.bad("'" + t + "' is not 'true' or 'false'; HikariCP reads anything but 'true' as false");
        }
        if (SPRING_TRUE.contains(lower) || SPRING_FALSE.contains(lower)) {
            return Parsed.ok(SPRING_TRUE.contains(lower) ? 1 : 0);
        }
        return Parsed.bad("'" + t + "' is not a boolean");
    }
}
