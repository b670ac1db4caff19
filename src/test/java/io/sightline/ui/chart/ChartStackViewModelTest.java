package io.sightline.ui.chart;

import io.sightline.chart.ChartLayout;
import io.sightline.chart.IncidentData;
import io.sightline.chart.PanelKind;
import io.sightline.chart.PlotSeries;
import io.sightline.chart.RangePreset;
import io.sightline.chart.Readout;
import io.sightline.chart.TimeRange;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;
import io.sightline.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart stack's behaviour without a screen: one range for all panels, crosshair, layout, persistence. */
class ChartStackViewModelTest {
    private static final long NOW = 1_700_000_000_000L;

    @TempDir
    Path home;

    private final SeriesStore store = new SeriesStore();
    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void startsWithTheFourStandardPanelsPickingUpTheAgreedMetrics() {
        IncidentData.fill(store, NOW);
        ChartStackViewModel vm = new ChartStackViewModel(store, new Workspace(home), clock);
        assertThat(vm.panels()).extracting(ChartPanelViewModel::kind)
                .containsExactly(PanelKind.POOL, PanelKind.LATENCY, PanelKind.ERRORS, PanelKind.JVM);
        assertThat(metrics(vm.panels().get(0))).containsExactly(Metrics.POOL_ACTIVE, Metrics.POOL_IDLE,
                Metrics.POOL_TOTAL, Metrics.POOL_WAITING, Metrics.POOL_MAX);
        assertThat(metrics(vm.panels().get(1))).containsExactly(Metrics.LATENCY_P50, Metrics.LATENCY_P95,
                Metrics.LATENCY_P99);
        assertThat(vm.range()).isEqualTo(TimeRange.ending(NOW + 1, RangePreset.M5.span().toMillis()));
        assertThat(vm.panels().get(0).weight()).as("the pool panel gets more height").isGreaterThan(vm.panels().get(1).weight());
    }

    @Test
    void anAnnotationAtTheLockedInstantBecomesAMarkerEventAndBlankOnesAreIgnored() {
        ChartStackViewModel vm = new ChartStackViewModel(store, null, clock);
        vm.click(NOW - 60_000);
        vm.annotate(vm.crosshairProperty().get(), "  rolled back pool config  ");
        vm.annotate(NOW, "   ");
        assertThat(store.events().all()).singleElement().satisfies(e -> {
            assertThat(e.timeMillis()).isEqualTo(NOW - 60_000);
            assertThat(e.text()).isEqualTo("rolled back pool config");
            assertThat(io.sightline.series.EventKinds.isChartMarker(e.kind())).isTrue();
        });
    }

    @Test
    void seriesCreatedLaterJoinTheirPanelOnTheNextTickNotOnTheWritersThread() {
        ChartStackViewModel vm = new ChartStackViewModel(store, null, clock);
        Series p99 = store.series(SeriesId.of("log", "access", Metrics.LATENCY_P99), Unit.MILLISECONDS);
        p99.append(NOW, 12);
        assertThat(vm.panels().get(1).series()).isEmpty();
        assertThat(vm.tick(1000)).isTrue();
        assertThat(metrics(vm.panels().get(1))).containsExactly(Metrics.LATENCY_P99);
        assertThat(vm.tick(1000)).as("nothing new").isFalse();
    }

    @Test
    void poolNumbersFromLogsStandInOnlyForPoolsNobodyPolls() {
        store.series(SeriesId.parse("log/app/hikari.active{pool=orders}"), Unit.CONNECTIONS).append(NOW, 4);
        store.series(SeriesId.parse("log/app/hikari.active{pool=main}"), Unit.CONNECTIONS).append(NOW, 3);
        store.series(SeriesId.parse("jmx/shop-1/hikari.active{pool=main}"), Unit.CONNECTIONS).append(NOW, 3);
        ChartStackViewModel vm = new ChartStackViewModel(store, null, clock);
        assertThat(vm.panels().get(0).series()).extracting(p -> p.id().toString())
                .containsExactlyInAnyOrder("jmx/shop-1/hikari.active{pool=main}", "log/app/hikari.active{pool=orders}");
    }

    @Test
    void labelsNameTheTargetOnceAPanelShowsMoreThanOne() {
        store.series(SeriesId.parse("jmx/shop-1/hikari.active{pool=main}"), Unit.CONNECTIONS).append(NOW, 1);
        ChartStackViewModel vm = new ChartStackViewModel(store, null, clock);
        assertThat(vm.panels().get(0).series()).extracting(PlotSeries::label).containsExactly("active (main)");
        store.series(SeriesId.parse("jmx/shop-2/hikari.active{pool=main}"), Unit.CONNECTIONS).append(NOW, 2);
        vm.tick(1000);
        assertThat(vm.panels().get(0).series()).extracting(PlotSeries::label)
                .containsExactly("active (main) · shop-1", "active (main) · shop-2");
    }

    @Test
    void followLiveSlidesTheRangeToNowAndAnyZoomOrPanStopsIt() {
        ChartStackViewModel vm = new ChartStackViewModel(store, null, clock);
        clock.advance(60_000);
        vm.tick(1000);
        long column = 300; // 5 min over 1000 px
        assertThat(vm.range().span()).isEqualTo(1000 * column);
        assertThat(vm.range().contains(clock.millis())).as("now is in view").isTrue();
        assertThat(vm.range().to() - clock.millis()).isLessThanOrEqualTo(column);
        assertThat(vm.range().to() % column).as("moves in whole columns").isZero();
        TimeRange before = vm.range();
        long toNextColumn = before.to() - clock.millis() - 1;
        clock.advance(toNextColumn); // still inside the same last column: nothing to repaint
        assertThat(vm.tick(1000)).isFalse();
        clock.advance(1);
        assertThat(vm.tick(1000)).isTrue();
        assertThat(vm.range()).isEqualTo(before.pan(column));

        vm.zoom(NOW, 0.5);
        assertThat(vm.followLiveProperty().get()).isFalse();
        TimeRange zoomed = vm.range();
        clock.advance(60_000);
        vm.tick(1000);
        assertThat(vm.range()).isEqualTo(zoomed);
        vm.pan(-10_000);
        assertThat(vm.range()).isEqualTo(zoomed.pan(-10_000));
        vm.zoomTo(NOW - 5_000, NOW - 65_000);
        assertThat(vm.range()).isEqualTo(new TimeRange(NOW - 65_000, NOW - 5_000));

        vm.reset();
        assertThat(vm.followLiveProperty().get()).isTrue();
        assertThat(vm.range().contains(clock.millis())).isTrue();
        vm.choosePreset(RangePreset.H6);
        assertThat(vm.range().span()).isEqualTo(6 * 3_600_000L); // 21,600 ms per column: exact
    }

    @Test
    void allPresetStartsAtTheOldestSample() {
        IncidentData.fill(store, NOW);
        ChartStackViewModel vm = new ChartStackViewModel(store, null, clock);
        vm.choosePreset(RangePreset.ALL);
        assertThat(vm.range()).isEqualTo(new TimeRange(NOW - IncidentData.HOUR, NOW + 1));
    }

    @Test
    void crosshairReadsEveryPanelAtOneInstantAndLocksWithAClick() {
        IncidentData.fill(store, NOW);
        ChartStackViewModel vm = new ChartStackViewModel(store, null, clock);
        long t = NOW - 20 * 60_000; // during the incident
        vm.hover(t);
        List<Readout> readout = vm.readout();
        assertThat(readout).extracting(Readout::panel).contains("Pool", "Latency", "Errors", "JVM");
        assertThat(value(readout, Metrics.POOL_ACTIVE)).isEqualTo(10); // saturated
        assertThat(value(readout, Metrics.POOL_MAX)).isEqualTo(10);
        assertThat(value(readout, Metrics.LATENCY_P99)).isGreaterThan(1000);

        vm.click(t);
        vm.hover(NOW - 50 * 60_000);
        vm.leave();
        assertThat(vm.crosshairProperty().get()).as("locked: the mouse does not move it").isEqualTo(t);
        vm.click(NOW - 5 * 60_000);
        assertThat(vm.crosshairLockedProperty().get()).isFalse();
        vm.hover(NOW - 50 * 60_000);
        assertThat(vm.crosshairProperty().get()).isEqualTo(NOW - 50 * 60_000);
        vm.hover(NOW + IncidentData.GAP_START + 30_000);
        assertThat(vm.readout()).filteredOn(r -> r.id().source().equals("jmx"))
                .allMatch(r -> r.text().equals("no data"), "the target was unreachable then");
    }

    @Test
    void panelsAreAddedRemovedReorderedAndTheLayoutComesBack() throws Exception {
        IncidentData.fill(store, NOW);
        Workspace workspace = new Workspace(home);
        ChartStackViewModel vm = new ChartStackViewModel(store, workspace, clock);
        ChartPanelViewModel custom = vm.addPanel(PanelKind.CUSTOM);
        SeriesId heap = SeriesId.of("jmx", IncidentData.TARGET, Metrics.HEAP_USED);
        SeriesId future = SeriesId.parse("jmx/shop-2/hikari.active{pool=orders}");
        vm.addSeries(custom, heap);
        vm.addSeries(custom, future); // not there yet
        assertThat(custom.series()).extracting(PlotSeries::id).containsExactly(heap);
        vm.removePanel(vm.panels().get(2)); // Errors
        vm.movePanel(vm.panels().get(2), -2); // JVM to the top
        vm.toggleSeries(vm.panels().get(1), SeriesId.of("jmx", IncidentData.TARGET, Metrics.POOL_IDLE,
                java.util.Map.of("pool", "shop")));
        vm.setWeights(new double[] {2, 1, 1, 1});
        assertThat(Files.readString(home.resolve(ChartLayout.FILE))).contains("CUSTOM", future.toString());

        ChartStackViewModel restored = new ChartStackViewModel(store, workspace, clock);
        assertThat(restored.panels()).extracting(ChartPanelViewModel::kind)
                .containsExactly(PanelKind.JVM, PanelKind.POOL, PanelKind.LATENCY, PanelKind.CUSTOM);
        assertThat(restored.panels().get(0).weight()).isEqualTo(2);
        assertThat(restored.panels().get(1).series()).filteredOn(p -> p.id().metric().equals(Metrics.POOL_IDLE))
                .singleElement().matches(p -> !p.isVisible(), "still hidden");
        store.series(future, Unit.CONNECTIONS).append(NOW, 3);
        restored.tick(1000);
        assertThat(restored.panels().get(3).series()).extracting(PlotSeries::id).containsExactlyInAnyOrder(future, heap);
    }

    @Test
    void aCorruptLayoutFileFallsBackToTheDefaultPanels() throws Exception {
        Files.writeString(home.resolve(ChartLayout.FILE), "{ not json");
        ChartStackViewModel vm = new ChartStackViewModel(store, new Workspace(home), clock);
        assertThat(vm.panels()).hasSize(4);
    }

    private static List<String> metrics(ChartPanelViewModel p) {
        return p.series().stream().map(s -> s.id().metric()).toList();
    }

    private static double value(List<Readout> readout, String metric) {
        return readout.stream().filter(r -> r.id().metric().equals(metric)).findFirst().orElseThrow().value();
    }
}
