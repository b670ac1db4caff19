package io.sightline.source.jmx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;

/** Prints the rows of {@code sightline pools}: one per pool per tick, from the values the poller stored. */
final class PoolTable {
    /** Output formats of the pools command. */
    enum Format { text, csv, json }

    private static final String[] COLUMNS = {"time", "target", "pool", "active", "idle", "total", "max", "waiting",
            "utilisation%"};
    private static final String TEXT_ROW = "%-12s %-20s %-20s %6s %6s %6s %6s %8s %13s%n";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final Format format;
    private final PrintWriter out;
    private final PrintWriter err;
    private final SeriesStore store;
    private final ObjectMapper json = new ObjectMapper();
    private TargetState.Phase lastPhase = TargetState.Phase.CONNECTED;
    private boolean explained;

    PoolTable(Format format, PrintWriter out, PrintWriter err, SeriesStore store) {
        this.format = format;
        this.out = out;
        this.err = err;
        this.store = store;
    }

    /** Prints a row per pool after every tick until {@code count} connected ticks (0: forever). */
    void run(TargetPoller poller, BlockingQueue<TargetState> ticks, int count) throws InterruptedException {
        header();
        int printed = 0;
        while (count == 0 || printed < count) {
            TargetState s = ticks.take();
            if (s.phase() != lastPhase) {
                err.println(s.phase() == TargetState.Phase.CONNECTED ? "reconnected to " + poller.spec().name()
                        : s.describe(System.currentTimeMillis()));
                err.flush();
                lastPhase = s.phase();
            }
            if (s.phase() == TargetState.Phase.CONNECTED) {
                rows(poller);
                printed++;
            }
        }
    }

    private void header() {
        switch (format) {
            case text -> out.printf(TEXT_ROW, (Object[]) COLUMNS);
            case csv -> out.println(String.join(",", COLUMNS));
            case json -> { }
        }
        out.flush();
    }

    private void rows(TargetPoller poller) {
        String target = poller.spec().name();
        if (poller.pools().isEmpty() && !explained) {
            poller.noPoolsDiagnosis().ifPresent(err::println);
            err.flush();
            explained = true;
        }
        for (PoolView pool : poller.pools()) {
            Series.Snapshot active = snapshot(target, Metrics.POOL_ACTIVE, pool.pool());
            if (active == null || active.isEmpty()) {
                continue;
            }
            double a = active.lastValue();
            double max = last(target, Metrics.POOL_MAX, pool.pool());
            double utilisation = max > 0 ? a * 100.0 / max : Double.NaN;
            row(TIME.format(Instant.ofEpochMilli(active.lastTime())), target, pool.pool(), a,
                    last(target, Metrics.POOL_IDLE, pool.pool()), last(target, Metrics.POOL_TOTAL, pool.pool()), max,
                    last(target, Metrics.POOL_WAITING, pool.pool()), utilisation);
        }
        out.flush();
    }

    private void row(String time, String target, String pool, double active, double idle, double total, double max,
                     double waiting, double utilisation) {
        switch (format) {
            case text -> out.printf(TEXT_ROW, time, target, pool, n(active), n(idle), n(total), n(max), n(waiting),
                    pct(utilisation));
            case csv -> out.println(String.join(",", time, csv(target), csv(pool), n(active), n(idle), n(total), n(max),
                    n(waiting), pct(utilisation)));
            case json -> {
                ObjectNode o = json.createObjectNode().put("time", time).put("target", target).put("pool", pool);
                put(o, "active", active);
                put(o, "idle", idle);
                put(o, "total", total);
                put(o, "max", max);
                put(o, "waiting", waiting);
                put(o, "utilisation", Double.isNaN(utilisation) ? Double.NaN : Math.round(utilisation * 10) / 10.0);
                out.println(o);
            }
        }
    }

    private static void put(ObjectNode o, String field, double v) {
        if (Double.isNaN(v)) {
            o.putNull(field);
        } else if (v == Math.rint(v)) {
            o.put(field, (long) v);
        } else {
            o.put(field, v);
        }
    }

    private Series.Snapshot snapshot(String target, String metric, String pool) {
        return store.find(SeriesId.of(Metrics.SOURCE_JMX, target, metric, Map.of(Metrics.LABEL_POOL, pool)))
                .map(Series::snapshot).orElse(null);
    }

    private double last(String target, String metric, String pool) {
        Series.Snapshot s = snapshot(target, metric, pool);
        return s == null || s.isEmpty() ? Double.NaN : s.lastValue();
    }

    private static String n(double v) {
        return Double.isNaN(v) ? "-" : Long.toString(Math.round(v));
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
