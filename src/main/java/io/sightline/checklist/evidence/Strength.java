package io.sightline.checklist.evidence;

/** Maps a measurement to a strength 0..1; formatting is {@link io.sightline.checklist.Format}'s. */
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

    static String duration(long ms) {
        return io.sightline.checklist.Format.duration(ms);
    }

    /** A statement's age: "4 ms", "2.5 s"; "?" when unknown. */
    static String age(double ms) {
        if (Double.isNaN(ms)) {
            return "?";
        }
        return ms < 1000 ? Math.round(ms) + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000);
    }

    static String number(double v) {
        return io.sightline.checklist.Format.number(v);
    }
}
