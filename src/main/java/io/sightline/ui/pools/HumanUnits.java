package io.sightline.ui.pools;

/**
 * HikariCP's millisecond settings as a DBA reads them: {@code 250 ms}, {@code 30 s}, {@code 30 min},
 * {@code 29 min 59 s}. Zero means "off" for the settings where HikariCP treats it so; -1 (unreadable) is a dash.
 * Unlike {@link io.sightline.lint.Millis}, which rounds for prose, the table is exact: a maxLifetime of
 * 29 min 59 s next to a 30 min idle limit must not read as "30 min".
 */
final class HumanUnits {
    static final String UNKNOWN = "—";

    private HumanUnits() {
    }

    /** {@code ms} in the largest units that show it exactly; {@code zeroText} for 0. */
    static String millis(long ms, String zeroText) {
        if (ms < 0) {
            return UNKNOWN;
        }
        if (ms == 0) {
            return zeroText;
        }
        if (ms >= Integer.MAX_VALUE) {
            return "forever";
        }
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms % 1000 != 0) {
            return ms < 60_000 ? String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0) : (ms / 1000) + " s";
        }
        long s = ms / 1000;
        long h = s / 3600;
        long min = (s % 3600) / 60;
        long sec = s % 60;
        StringBuilder out = new StringBuilder();
        append(out, h, "h");
        append(out, min, "min");
        append(out, sec, "s");
        return out.toString();
    }

    static String count(long n) {
        return n < 0 ? UNKNOWN : Long.toString(n);
    }

    static String number(double v) {
        return Double.isNaN(v) ? UNKNOWN : Long.toString(Math.round(v));
    }

    static String percent(double v) {
        return Double.isNaN(v) ? UNKNOWN : Math.round(v) + "%";
    }

    private static void append(StringBuilder out, long value, String unit) {
        if (value > 0) {
            out.append(out.isEmpty() ? "" : " ").append(value).append(' ').append(unit);
        }
    }
}
