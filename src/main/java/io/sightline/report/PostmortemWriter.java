package io.sightline.report;

import io.sightline.chart.ChartTheme;
import io.sightline.chart.PanelFrame;
import io.sightline.chart.PanelKind;
import io.sightline.chart.PlotSeries;
import io.sightline.chart.PngExporter;
import io.sightline.chart.SeriesStyle;
import io.sightline.chart.TimeRange;
import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.hypothesis.Contribution;
import io.sightline.checklist.hypothesis.HypothesisResult;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesStore;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drafts a classic postmortem (summary, timeline, root cause, resolution, actions, charts) from a store and the
 * diagnosis the checklist engine reached over it. Charts are PNGs written beside the report and linked from it.
 */
public final class PostmortemWriter {
    private static final List<PanelKind> CHART_PANELS = List.of(PanelKind.POOL, PanelKind.LATENCY, PanelKind.ERRORS);
    private static final int WIDTH = 1200;
    private static final int PANEL_HEIGHT = 260;

    private final SeriesStore store;
    private final Diagnosis diagnosis;
    private final ZoneId zone;
    private final DateTimeFormatter time;

    public PostmortemWriter(SeriesStore store, Diagnosis diagnosis, ZoneId zone) {
        this.store = store;
        this.diagnosis = diagnosis;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(zone);
    }

    /** Writes the PNG charts beside {@code report} and returns the Markdown that links them. */
    public String write(Path report) {
        long[] window = IncidentWindow.of(store, diagnosis);
        String base = report.getFileName().toString().replaceFirst("\\.md$", "");
        List<String> charts = new ArrayList<>();
        for (PanelKind kind : CHART_PANELS) {
            List<Series> found = store.matching(kind::matches);
            // Named with their target when several JVMs report (as the GUI's panels do), else the legend repeats.
            boolean manyTargets = found.stream().map(s -> s.id().target()).distinct().count() > 1;
            List<PlotSeries> series = new ArrayList<>();
            for (Series s : found) {
                String label = PlotSeries.defaultLabel(s.id()) + (manyTargets ? " · " + s.id().target() : "");
                series.add(new PlotSeries(s, label, SeriesStyle.forMetric(s.id().metric(), series.size())));
            }
            if (series.isEmpty()) {
                continue;
            }
            String name = base + "-" + kind.title().toLowerCase(Locale.ROOT) + ".png";
            Path out = report.toAbsolutePath().resolveSibling(name);
            new PngExporter(ChartTheme.LIGHT).write(List.of(frame(kind, series, window)), WIDTH, PANEL_HEIGHT, out);
            charts.add(name);
        }
        return markdown(window, charts);
    }

    private PanelFrame frame(PanelKind kind, List<PlotSeries> series, long[] window) {
        long pad = Math.max(60_000, (window[1] - window[0]) / 4);
        TimeRange range = new TimeRange(window[0] - pad, Math.max(window[1] + pad, window[0] + 1_000));
        List<Event> markers = store.events().between(range.from(), range.to()).stream()
                .filter(e -> EventKinds.isChartMarker(e.kind())).toList();
        return new PanelFrame(kind.title(), series, markers, range, PanelFrame.NO_CROSSHAIR, false, true, zone);
    }

    private String markdown(long[] window, List<String> charts) {
        HypothesisResult top = diagnosis.top();
        StringBuilder md = new StringBuilder();
        md.append("# Postmortem (draft): ").append(top.title()).append("\n\n");
        md.append("## Summary\n\n");
        md.append("- **Incident window:** ").append(at(window[0])).append(" to ").append(at(window[1]))
                .append(" (").append(duration(window[1] - window[0])).append(")\n");
        md.append("- **Impact:** ").append(impact(window)).append('\n');
        latency(window).ifPresent(l -> md.append("- **Latency:** ").append(l).append('\n'));
        md.append("- **Root cause:** ").append(top.title()).append(" (`").append(top.id()).append("`, score ")
                .append(String.format(Locale.ROOT, "%.2f", top.score())).append(")\n\n");
        timeline(md, window);
        md.append("## Root cause\n\n").append(top.title()).append(" (`").append(top.id()).append("`).\n\n");
        evidence(md, "Evidence for", top.supporting());
        evidence(md, "Evidence against", top.opposing());
        resolution(md, window);
        actions(md, top);
        md.append("## Charts\n\n");
        charts.forEach(c -> md.append("![").append(c).append("](").append(c).append(")\n\n"));
        md.append("_Drafted by `sightline postmortem`; times in ").append(zone.getId()).append("._\n");
        return md.toString();
    }

    private String impact(long[] window) {
        double requests = Rates.total(store, Metrics.REQUEST_RATE, window);
        double failed = Rates.total(store, Metrics.HTTP_5XX_RATE, window);
        if (!(requests > 0)) {
            return "unknown (the capture holds no request rate)";
        }
        return String.format(Locale.ROOT, "%.1f%% of requests failed with 5xx (about %,.0f of %,.0f)",
                100 * failed / requests, failed, requests);
    }

    /** Peak p95 in the window against its mean before: how slow the requests that did not fail were. */
    private java.util.Optional<String> latency(long[] window) {
        double before = Double.NaN;
        double peak = Double.NaN;
        for (Series s : store.matching(id -> id.metric().equals(Metrics.LATENCY_P95))) {
            Series.Snapshot snap = s.snapshot();
            double sum = 0;
            int n = 0;
            for (int i = 0; i < snap.size(); i++) {
                double v = snap.value(i);
                if (Double.isNaN(v)) {
                    continue;
                }
                if (snap.time(i) < window[0]) {
                    sum += v;
                    n++;
                } else if (snap.time(i) <= window[1]) {
                    peak = Double.isNaN(peak) ? v : Math.max(peak, v);
                }
            }
            if (n > 0) {
                before = sum / n;
            }
        }
        if (Double.isNaN(peak)) {
            return java.util.Optional.empty();
        }
        String was = Double.isNaN(before) ? "" : String.format(Locale.ROOT, " (%.0f ms on average before)", before);
        return java.util.Optional.of(String.format(Locale.ROOT, "p95 peaked at %.0f ms%s", peak, was));
    }

    private void timeline(StringBuilder md, long[] window) {
        md.append("## Timeline\n\n");
        java.util.TreeMap<Long, List<String>> entries = new java.util.TreeMap<>();
        entry(entries, window[0], "symptoms start (threads waiting for a connection / 5xx responses)");
        entry(entries, diagnosis.topSince(), "detection: Sightline ranks `" + diagnosis.top().id() + "` first");
        for (Event e : store.events().all()) {
            if (isTimelineEvent(e.kind())) {
                entry(entries, e.timeMillis(), e.kind() + ": " + e.text());
            }
        }
        entry(entries, window[1], "resolution: symptoms end");
        entries.forEach((t, list) -> list.forEach(text -> md.append("- ").append(at(t)).append(" — ").append(text).append('\n')));
        md.append('\n');
    }

    /** Names the restart or config change closest to the end of the symptoms: usually the fix. */
    private void resolution(StringBuilder md, long[] window) {
        md.append("## Resolution\n\n").append("Symptoms ended at ").append(at(window[1])).append(". ");
        store.events().between(window[1] - 60_000, window[1] + 60_001).stream()
                .filter(e -> e.kind().equals(EventKinds.TARGET_RESTARTED) || e.kind().equals(EventKinds.POOL_CONFIG_CHANGED))
                .reduce((a, b) -> b)
                .ifPresent(e -> md.append("The change recorded around then was ").append(at(e.timeMillis()))
                        .append(" — ").append(e.text()).append(". "));
        md.append("_Describe the fix that was applied and by whom._\n\n");
    }

    private static void entry(java.util.TreeMap<Long, List<String>> entries, long t, String text) {
        entries.computeIfAbsent(t, k -> new ArrayList<>()).add(text);
    }

    private static boolean isTimelineEvent(String kind) {
        return kind.equals(EventKinds.TARGET_RESTARTED) || kind.equals(EventKinds.POOL_CONFIG_CHANGED)
                || kind.equals(EventKinds.CHECKLIST_ACTION) || kind.equals(EventKinds.NOTE);
    }

    private static void evidence(StringBuilder md, String heading, List<Contribution> list) {
        md.append("**").append(heading).append(":**\n\n");
        if (list.isEmpty()) {
            md.append("- none\n");
        }
        list.forEach(c -> md.append("- ").append(c.evidence().text()).append('\n'));
        md.append('\n');
    }

    private static void actions(StringBuilder md, HypothesisResult top) {
        md.append("## Corrective and preventive actions\n\n");
        top.toConfirm().forEach(c -> md.append("- [ ] Confirm: ").append(c).append('\n'));
        if (top.id().equals("pool-undersized")) {
            md.append("- [ ] Lint every pool configuration in CI with `sightline lint`\n")
                    .append("- [ ] Run `sightline pool-test` against the deployed configuration at deploy time\n")
                    .append("- [ ] Alert when ThreadsAwaitingConnection > 0 for more than a minute\n");
        }
        md.append('\n');
    }

    private String at(long millis) {
        return time.format(Instant.ofEpochMilli(millis));
    }

    static String duration(long millis) {
        long s = millis / 1000;
        return s >= 3600 ? String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60)
                : String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }

    /** Totals of per-second rate series over a window (sum of rate x sample interval). */
    static final class Rates {
        private Rates() {
        }

        static double total(SeriesStore store, String metric, long[] window) {
            double sum = 0;
            for (Series s : store.matching(id -> id.metric().equals(metric))) {
                Series.Snapshot snap = s.snapshot();
                for (int i = 1; i < snap.size(); i++) {
                    long t = snap.time(i);
                    double v = snap.value(i);
                    if (t >= window[0] && t <= window[1] && !Double.isNaN(v)) {
                        sum += v * (t - snap.time(i - 1)) / 1000.0;
                    }
                }
            }
            return sum;
        }
    }
}
