package io.sightline.lint;

import java.util.Locale;

/** Renders milliseconds the way a reviewer writes them: {@code 250 ms}, {@code 1.8 s}, {@code 30 min}. */
public final class Millis {
    private Millis() {
    }

    public static String human(long ms) {
        if (ms >= Integer.MAX_VALUE) {
            return "forever (" + ms + " ms)";
        }
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return trim(ms / 1000.0) + " s";
        }
        if (ms < 3_600_000) {
            return trim(ms / 60_000.0) + " min";
        }
        return trim(ms / 3_600_000.0) + " h";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
