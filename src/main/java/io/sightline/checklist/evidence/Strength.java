package io.sightline.checklist.evidence;

/** Maps a measurement to a strength 0..1 and formats numbers for evidence text. */
final class Strength {
    private Strength() {
    }

    /** 0 at or below {@code low}, 1 at or above {@code high}, linear between; 0 for NaN. */
    static double ramp(double x, double low, double high) {
        if (Double.isNaN(x) || x <= low) {
            return 0;
        }
        return x >= high ? 1 : (x - low) / (high - low);
    }

    /** "4m12s", "37s", "1h03m". */
    static String duration(long ms) {
        long s = Math.max(0, ms / 1000);
        if (s >= 3600) {
            return String.format(java.util.Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
        }
        return s >= 60 ? String.format(java.util.Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    /** A count or gauge without noise: "10", "2.5", "0.04". */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        double a = Math.abs(v);
        if (a >= 10 || v == Math.rint(v)) {
            return String.valueOf(Math.round(v));
        }
        return a >= 1 ? String.format(java.util.Locale.ROOT, "%.1f", v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
