package io.sightline.chart;

import io.sightline.series.Unit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Nice tick positions and labels for time axes (aligned to the wall clock) and value axes (1-2-5 steps). */
public final class Ticks {
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long[] TIME_STEPS = {
        100, 200, 500, SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
        MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
        HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY};
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.S", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    /** One tick: where, and what it says. */
    public record Tick(double value, String label) {
    }

    private Ticks() {
    }

    /** The smallest of 1, 2, 5 x 10^n that is {@code >= raw}. */
    public static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / pow;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * pow;
    }

    /** Time ticks at least {@code minSpacingPx} apart, on round wall-clock instants of {@code zone}. */
    public static List<Tick> time(TimeRange range, int widthPx, double minSpacingPx, ZoneId zone) {
        long step = timeStep(range.span() * minSpacingPx / Math.max(1, widthPx));
        DateTimeFormatter format = step < SECOND ? MILLIS : step < MINUTE ? SECONDS
                : range.span() < 2 * DAY ? MINUTES : DAYS;
        long offset = zone.getRules().getOffset(Instant.ofEpochMilli(range.from())).getTotalSeconds() * SECOND;
        long first = Math.floorDiv(range.from() + offset + step - 1, step) * step - offset;
        List<Tick> ticks = new ArrayList<>();
        for (long t = first; t < range.to(); t += step) {
            ticks.add(new Tick(t, format.format(Instant.ofEpochMilli(t).atZone(zone))));
        }
        return ticks;
    }

    static long timeStep(double minMillis) {
        for (long s : TIME_STEPS) {
            if (s >= minMillis) {
                return s;
            }
        }
        return TIME_STEPS[TIME_STEPS.length - 1] * (long) Math.ceil(minMillis / TIME_STEPS[TIME_STEPS.length - 1]);
    }

    /** Value ticks of a scale, at least {@code minSpacingPx} apart, labelled without the unit. */
    public static List<Tick> values(ValueScale scale, double minSpacingPx) {
        double px = Math.abs(scale.bottom() - scale.top());
        double step = niceStep((scale.max() - scale.min()) * minSpacingPx / Math.max(1, px));
        List<Tick> ticks = new ArrayList<>();
        if (!Double.isFinite(scale.min()) || !Double.isFinite(scale.max()) || !(step > 0)) {
            return ticks;
        }
        long firstIndex = (long) Math.ceil(scale.min() / step - 1e-9);
        for (long i = firstIndex; i * step <= scale.max() + step * 1e-9; i++) {
            double v = i * step;
            ticks.add(new Tick(v, number(v, step)));
        }
        return ticks;
    }

    /** A number as an axis shows it: as many decimals as the step needs, thousands as k, millions as M. */
    public static String number(double v, double step) {
        double a = Math.abs(v);
        if (a >= 1e6 && step >= 1e5) {
            return trim(v / 1e6, step / 1e6) + "M";
        }
        if (a >= 1e4 && step >= 1e3) {
            return trim(v / 1e3, step / 1e3) + "k";
        }
        return trim(v, step);
    }

    private static String trim(double v, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A single value with its unit, as a readout shows it: {@code 312 ms}, {@code 10 connections}, {@code 1.5 /s}. */
    public static String withUnit(double v, Unit unit) {
        if (Double.isNaN(v)) {
            return "no data";
        }
        String n;
        double a = Math.abs(v);
        if (a == Math.rint(a) && a < 1e6) {
            n = String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 100) {
            n = String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 10) {
            n = String.format(Locale.ROOT, "%.1f", v);
        } else {
            n = String.format(Locale.ROOT, "%.2f", v);
        }
        String symbol = unit.symbol();
        if (symbol.isEmpty()) {
            return n;
        }
        return symbol.startsWith("/") || symbol.equals("%") ? n + symbol : n + " " + symbol;
    }
}
