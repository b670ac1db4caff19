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
import java.util.ArrayList;
import java.util.List;
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

    /** What one tick showed: the target's state and a row per pool, captured inside the tick. */
    record Tick(TargetState state, List<Row> rows, String diagnosis) {
    }

    /** One pool at one tick. */
    record Row(long time, String target, String pool, double active, double idle, double total, double max,
               double waiting) {
        double utilisation() {
            return max > 0 ? active * 100.0 / max : Double.NaN;
        }
    }

    /** Called at the end of a tick (see {@link TargetPoller#onTick}): copies this tick's values. */
    Tick capture(TargetPoller poller) {
        String target = poller.spec().name();
        List<Row> rows = new ArrayList<>();
        for (PoolView pool : poller.pools()) {
            Series.Snapshot active = snapshot(target, Metrics.POOL_ACTIVE, pool.pool());
            if (active != null && !active.isEmpty()) {
                String p = pool.pool();
                rows.add(new Row(active.lastTime(), target, p, active.lastValue(), last(target, Metrics.POOL_IDLE, p),
                        last(target, Metrics.POOL_TOTAL, p), last(target, Metrics.POOL_MAX, p),
                        last(target, Metrics.POOL_WAITING, p)));
            }
        }
        return new Tick(poller.state(), rows, poller.noPoolsDiagnosis().orElse(null));
    }

    /** Prints a row per pool for every tick until {@code count} connected ticks (0: forever). */
    void run(TargetPoller poller, BlockingQueue<Tick> ticks, int count) throws InterruptedException {
        header();
        int printed = 0;
        while (count == 0 || printed < count) {
            Tick tick = ticks.take();
            TargetState s = tick.state();
            if (s.phase() != lastPhase) {
                err.println(s.phase() == TargetState.Phase.CONNECTED ? "reconnected to " + poller.spec().name()
                        : s.describe(System.currentTimeMillis()));
                err.flush();
                lastPhase = s.phase();
            }
            if (s.phase() == TargetState.Phase.CONNECTED) {
                print(tick);
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

    private void print(Tick tick) {
        if (tick.rows().isEmpty() && tick.diagnosis() != null && !explained) {
            err.println(tick.diagnosis());
            err.flush();
            explained = true;
        }
        tick.rows().forEach(this::print);
        out.flush();
    }

    private void print(Row r) {
        String time = TIME.format(Instant.ofEpochMilli(r.time()));
        switch (format) {
            case text -> out.printf(TEXT_ROW, time, r.target(), r.pool(), n(r.active()), n(r.idle()), n(r.total()),
                    n(r.max()), n(r.waiting()), pct(r.utilisation()));
            case csv -> out.println(String.join(",", time, csv(r.target()), csv(r.pool()), n(r.active()), n(r.idle()),
                    n(r.total()), n(r.max()), n(r.waiting()), pct(r.utilisation())));
            case json -> {
                ObjectNode o = json.createObjectNode().put("time", time).put("target", r.target()).put("pool", r.pool());
                put(o, "active", r.active());
                put(o, "idle", r.idle());
                put(o, "total", r.total());
                put(o, "max", r.max());
                put(o, "waiting", r.waiting());
                double u = r.utilisation();
                put(o, "utilisation", Double.isNaN(u) ? Double.NaN : Math.round(u * 10) / 10.0);
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
