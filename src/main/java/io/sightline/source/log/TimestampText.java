package io.sightline.source.log;

/**
 * Parses the timestamps application logs print — {@code yyyy-MM-dd HH:mm:ss,SSS}, ISO-8601 with {@code T}, an
 * optional fraction of 1-9 digits and an optional {@code Z}/{@code +01:00}/{@code +0100} offset — by position, no
 * formatter allocation. Without an offset the source's zone applies. {@link #end} is where the timestamp ended.
 */
final class TimestampText {
    static final long NONE = Long.MIN_VALUE;

    private final LocalTimes times;
    int end;

    TimestampText(LocalTimes times) {
        this.times = times;
    }

    long parse(CharSequence s, int from) {
        if (s.length() < from + 19 || !digits(s, from, 4) || s.charAt(from + 4) != '-' || !digits(s, from + 5, 2)
                || s.charAt(from + 7) != '-' || !digits(s, from + 8, 2)) {
            return NONE;
        }
        char sep = s.charAt(from + 10);
        if (sep != ' ' && sep != 'T') {
            return NONE;
        }
        long dayTime = timeOfDay(s, from + 11);
        if (dayTime == NONE) {
            return NONE;
        }
        int y = num(s, from, 4);
        int mo = num(s, from + 5, 2);
        int d = num(s, from + 8, 2);
        int offset = offset(s, end);
        int hour = (int) (dayTime / 3_600_000L);
        int rest = (int) (dayTime % 3_600_000L);
        try {
            long hourStart = offset == Integer.MIN_VALUE ? times.local(y, mo, d, hour, 0, 0, 0)
                    : times.withOffset(y, mo, d, hour, 0, 0, 0, offset);
            return hourStart + rest;
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    /** {@code HH:mm:ss[.,]fraction} at {@code from}: ms since midnight, or NONE. Sets {@link #end}. */
    long timeOfDay(CharSequence s, int from) {
        if (s.length() < from + 8 || !digits(s, from, 2) || s.charAt(from + 2) != ':' || !digits(s, from + 3, 2)
                || s.charAt(from + 5) != ':' || !digits(s, from + 6, 2)) {
            return NONE;
        }
        long ms = num(s, from, 2) * 3_600_000L + num(s, from + 3, 2) * 60_000L + num(s, from + 6, 2) * 1000L;
        int i = from + 8;
        if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            int f = i + 1;
            int frac = 0;
            int n = 0;
            while (f < s.length() && Character.isDigit(s.charAt(f))) {
                if (n < 3) {
                    frac = frac * 10 + (s.charAt(f) - '0');
                }
                n++;
                f++;
            }
            if (n == 0) {
                return NONE;
            }
            for (int k = n; k < 3; k++) {
                frac *= 10;
            }
            ms += frac;
            i = f;
        }
        end = i;
        return ms;
    }

    /** Offset in seconds written at {@code i} (advancing {@link #end}), or MIN_VALUE when there is none. */
    private int offset(CharSequence s, int i) {
        if (i >= s.length()) {
            return Integer.MIN_VALUE;
        }
        char c = s.charAt(i);
        if (c == 'Z') {
            end = i + 1;
            return 0;
        }
        if ((c == '+' || c == '-') && digits(s, i + 1, 2)) {
            int h = num(s, i + 1, 2);
            int m = 0;
            int j = i + 3;
            if (j < s.length() && s.charAt(j) == ':' && digits(s, j + 1, 2)) {
                m = num(s, j + 1, 2);
                j += 3;
            } else if (digits(s, j, 2)) {
                m = num(s, j, 2);
                j += 2;
            }
            end = j;
            int sign = c == '-' ? -1 : 1;
            return sign * (h * 3600 + m * 60);
        }
        return Integer.MIN_VALUE;
    }

    static boolean digits(CharSequence s, int from, int n) {
        if (from + n > s.length()) {
            return false;
        }
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int num(CharSequence s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
