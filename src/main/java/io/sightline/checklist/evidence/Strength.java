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

    static String number(double v) {
        return io.sightline.checklist.Format.number(v);
    }
}
