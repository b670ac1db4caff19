package io.sightline.checklist;

import java.util.Locale;

/** How the checklist writes numbers and durations for people, the same in evidence, guard, CLI and GUI. */
public final class Format {
    private Format() {
    }

    /** "4m12s", "37s", "1h03m". */
    public static String duration(long ms) {
        long s = Math.max(0, ms / 1000);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    /** A count or gauge without noise: "10", "2.5", "0.04"; "?" when unknown. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        double a = Math.abs(v);
        if (a >= 10 || v == Math.rint(v)) {
            return String.valueOf(Math.round(v));
        }
        return a >= 1 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A whole count: "37"; "?" when unknown. */
    public static String whole(double v) {
        return Double.isNaN(v) ? "?" : String.valueOf(Math.round(v));
    }

    /** A score 0..1: "0.86". */
    public static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
