package io.sightline.report;

import io.sightline.chart.ChartTheme;
import io.sightline.chart.PanelFrame;
import io.sightline.chart.PanelKind;
import io.sightline.chart.PlotSeries;
import io.sightline.chart.PngExporter;
import io.sightline.chart.SeriesSelection;
import io.sightline.chart.TimeRange;
import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.hypothesis.Contribution;
import io.sightline.checklist.hypothesis.HypothesisResult;
import io.sightline.lint.Facts;
import io.sightline.lint.Finding;
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
import java.util.Optional;

/**
 * Drafts a classic postmortem (summary, timeline, root cause, resolution, actions, charts) from a store and the
 * diagnosis the checklist engine reached over it. Charts are PNGs written beside the report and linked from it.
 */
public final class PostmortemWriter {
    private static final List<PanelKind> CHART_PANELS = List.of(PanelKind.POOL, PanelKind.LATENCY, PanelKind.ERRORS);
    private static final int WIDTH = 1200;
    private static final int PANEL_HEIGHT = 260;
    /** A change this close to the start (or end) of the symptoms is named as their trigger (or fix). */
    private static final long CHANGE_NEAR_MILLIS = 60_000;

    /** The report's Markdown and the charts written beside it. */
    public record Written(String markdown, List<Path> charts) {
    }

    private final SeriesStore store;
    private final Diagnosis diagnosis;
    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final List<Finding> lint;
    private final Optional<Facts.Load> load;

    public PostmortemWriter(SeriesStore store, Diagnosis diagnosis, ZoneId zone) {
        this(store, diagnosis, zone, List.of(), Optional.empty());
    }

    /** With {@code lint}: pool-lint findings that become corrective actions, linted against {@code load}. */
    public PostmortemWriter(SeriesStore store, Diagnosis diagnosis, ZoneId zone, List<Finding> lint,
                            Optional<Facts.Load> load) {
        this.store = store;
        this.diagnosis = diagnosis;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(zone);
        this.lint = List.copyOf(lint);
        this.load = load;
    }

    /** Writes the PNG charts beside {@code report} and returns the Markdown that links them. */
    public Written write(Path report) {
        long[] window = IncidentWindow.of(store, diagnosis);
        String base = report.getFileName().toString().replaceFirst("\\.md$", "");
        List<Path> charts = new ArrayList<>();
        for (PanelKind kind : CHART_PANELS) {
            // The same series, names and order as the GUI's panels (no log copy of a pool JMX already shows).
            List<PlotSeries> series = SeriesSelection.plots(kind, store.all());
            if (series.isEmpty()) {
                continue;
            }
            Path out = report.toAbsolutePath().resolveSibling(base + "-" + kind.title().toLowerCase(Locale.ROOT) + ".png");
            new PngExporter(ChartTheme.LIGHT).write(List.of(frame(kind, series, window)), WIDTH, PANEL_HEIGHT, out);
            charts.add(out);
        }
        return new Written(markdown(window, charts.stream().map(p -> p.getFileName().toString()).toList()), charts);
    }

    private PanelFrame frame(PanelKind kind, List<PlotSeries> series, long[] window) {
        long pad = Math.max(60_000, (window[1] - window[0]) / 4);
        TimeRange range = new TimeRange(window[0] - pad, Math.max(window[1] + pad, window[0] + 1_000));
        List<Event> markers = store.events().between(range.from(), range.to()).stream()
                .filter(e -> EventKinds.isChartMarker(e.kind()))
                // As in the timeline: the leading guess before the incident or after recovery is noise on a report.
                .filter(e -> !e.kind().equals(EventKinds.CHECKLIST_TOP_CHANGED)
                        || (e.timeMillis() >= window[0] && e.timeMillis() <= window[1]))
                .toList();
        return new PanelFrame(kind.title(), series, markers, range, PanelFrame.NO_CROSSHAIR, false, true, zone);
    }

    private String markdown(long[] window, List<String> charts) {
        HypothesisResult top = diagnosis.top();
        List<ConfigChanges.Change> changes = ConfigChanges.of(store);
        StringBuilder md = new StringBuilder();
        md.append("# Postmortem (draft): ").append(top.title()).append("\n\n");
        md.append("## Summary\n\n");
        md.append("- **Incident window:** ").append(at(window[0])).append(" to ").append(at(window[1]))
                .append(" (").append(duration(window[1] - window[0])).append(")\n");
        md.append("- **Impact:** ").append(impact(window)).append('\n');
        latency(window).ifPresent(l -> md.append("- **Latency:** ").append(l).append('\n'));
        ConfigChanges.near(changes, window[0], CHANGE_NEAR_MILLIS).ifPresent(c -> md.append("- **Trigger:** at ")
                .append(at(c.time())).append(", ").append(c.text(this::clock)).append('\n'));
        long detected = Timeline.detection(store, diagnosis, window);
        md.append("- **Detection:** Sightline ranked `").append(top.id()).append("` first at ").append(clock(detected))
                .append(detected >= window[0] ? ", " + duration(detected - window[0]) + " after the symptoms started" : "")
                .append('\n');
        md.append("- **Root cause:** ").append(top.title()).append(" (`").append(top.id()).append("`, score ")
                .append(String.format(Locale.ROOT, "%.2f", top.score())).append(")\n\n");
        new Timeline(store, diagnosis, window, changes, this::clock).append(md, this::at);
        md.append("## Root cause\n\n").append(top.title()).append(" (`").append(top.id()).append("`).\n\n");
        md.append("As Sightline's checklist saw it at ").append(clock(diagnosis.time()))
                .append(", the last symptom (durations count back from then):\n\n");
        evidence(md, "Evidence for", top.supporting());
        evidence(md, "Evidence against", top.opposing());
        resolution(md, window, changes);
        new CorrectiveActions(diagnosis, lint, load).append(md);
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
        String text = String.format(Locale.ROOT, "%.1f%% of requests failed with 5xx (about %,.0f of %,.0f)",
                100 * failed / requests, failed, requests);
        long logEnd = store.matching(id -> id.metric().equals(Metrics.REQUEST_RATE)).stream()
                .mapToLong(s -> s.snapshot().isEmpty() ? Long.MIN_VALUE : s.snapshot().lastTime()).max().orElse(Long.MIN_VALUE);
        // Drafted while the incident runs (or within the log watermark of its end): say how far the counts go.
        return logEnd < window[1] ? text + ", counted from the access log up to " + clock(logEnd) + " only" : text;
    }

    /** Peak p95 in the window against its median before: how slow the requests that did not fail were. */
    private Optional<String> latency(long[] window) {
        List<Double> before = new ArrayList<>();
        double peak = Double.NaN;
        for (Series s : store.matching(id -> id.metric().equals(Metrics.LATENCY_P95))) {
            Series.Snapshot snap = s.snapshot();
            for (int i = 0; i < snap.size(); i++) {
                double v = snap.value(i);
                if (Double.isNaN(v)) {
                    continue;
                }
                if (snap.time(i) < window[0]) {
                    before.add(v);
                } else if (snap.time(i) <= window[1]) {
                    peak = Double.isNaN(peak) ? v : Math.max(peak, v);
                }
            }
        }
        if (Double.isNaN(peak)) {
            return Optional.empty();
        }
        // The median, not the mean: a service warming up after a start would otherwise set "normal".
        String was = before.isEmpty() ? "" : String.format(Locale.ROOT, " (median %.0f ms before)",
                before.stream().sorted().toList().get(before.size() / 2));
        return Optional.of(String.format(Locale.ROOT, "p95 peaked at %.0f ms%s", peak, was));
    }

    /** Names the configuration change or restart closest to the end of the symptoms: usually the fix. */
    private void resolution(StringBuilder md, long[] window, List<ConfigChanges.Change> changes) {
        md.append("## Resolution\n\n").append("Symptoms ended at ").append(at(window[1])).append(". ");
        Optional<ConfigChanges.Change> change = ConfigChanges.near(changes, window[1], CHANGE_NEAR_MILLIS);
        if (change.isPresent()) {
            md.append("The change recorded then: at ").append(at(change.get().time())).append(", ")
                    .append(change.get().text(this::clock)).append(". ");
        } else {
            store.events().between(window[1] - CHANGE_NEAR_MILLIS, window[1] + CHANGE_NEAR_MILLIS + 1).stream()
                    .filter(e -> e.kind().equals(EventKinds.TARGET_RESTARTED) || e.kind().equals(EventKinds.POOL_CONFIG_CHANGED))
                    .min(java.util.Comparator.comparingLong(e -> Math.abs(e.timeMillis() - window[1])))
                    .ifPresent(e -> md.append("The change recorded then: at ").append(at(e.timeMillis()))
                            .append(", ").append(e.text()).append(". "));
        }
        md.append("_Describe the fix that was applied, by whom, and how recovery was confirmed._\n\n");
    }

    private static void evidence(StringBuilder md, String heading, List<Contribution> list) {
        md.append("**").append(heading).append(":**\n\n");
        if (list.isEmpty()) {
            md.append("- none\n");
        }
        list.forEach(c -> md.append("- ").append(c.evidence().text()).append('\n'));
        md.append('\n');
    }

    /** Time of day only, for times inside a sentence that already gave the date. */
    private String clock(long millis) {
        return DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(Instant.ofEpochMilli(millis));
    }

    private String at(long millis) {
        return time.format(Instant.ofEpochMilli(millis));
    }

    static String duration(long millis) {
        long s = millis / 1000;
        if (s < 60) {
            return s + " s";
        }
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
