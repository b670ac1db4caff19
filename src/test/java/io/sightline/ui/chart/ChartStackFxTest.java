package io.sightline.ui.chart;

import io.sightline.chart.IncidentData;
import io.sightline.chart.PanelGeometry;
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
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart stack on a (headless) screen, driven by mouse like a user. */
@ExtendWith(ApplicationExtension.class)
class ChartStackFxTest {
    private static final long NOW = 1_700_000_000_000L;

    private final MutableClock clock = new MutableClock(NOW);
    private final SeriesStore store = new SeriesStore();
    private ChartStack stack;

    @Start
    void start(Stage stage) {
        IncidentData.fill(store, NOW);
        stack = new ChartStack(new ChartStackViewModel(store, null, clock), Executors.newSingleThreadExecutor(),
                ZoneOffset.UTC);
        stack.viewModel().choosePreset(RangePreset.H1);
        stage.setScene(new Scene(stack, 1200, 900));
        stage.show();
    }

    @Test
    void crosshairReadoutShowsEveryPanelAtTheInstantUnderTheMouseAndAClickLocksIt(FxRobot robot) {
        ChartPanelView latency = paintedViews().get(1);
        PanelGeometry g = latency.geometry();
        double x = g.plotX() + g.plotWidth() * 0.6;
        robot.moveTo(screen(latency, x, g.plotY() + g.plotHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        long t = stack.viewModel().crosshairProperty().get();
        assertThat(t).isCloseTo(latency.timeAt(x), org.assertj.core.data.Offset.offset(
                stack.viewModel().range().span() / g.plotWidth() + 1));
        List<Readout> readout = stack.viewModel().readout();
        assertThat(readout).extracting(Readout::panel).containsOnly("Pool", "Latency", "Errors", "JVM")
                .contains("Pool", "Latency", "Errors", "JVM");
        for (Readout r : readout) {
            Series s = store.find(r.id()).orElseThrow();
            assertThat(r.value()).as(r.id().toString()).isEqualTo(s.snapshot().value(s.snapshot().floorIndex(t)));
        }
        assertThat(stack.toolbar().readout().getText()).startsWith("Cursor ");

        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.viewModel().crosshairLockedProperty().get()).isTrue();
        robot.moveBy(-200, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.viewModel().crosshairProperty().get()).as("locked where clicked").isEqualTo(t);
        assertThat(stack.toolbar().readout().getText()).contains("locked");
    }

    @Test
    void zoomingOnePanelZoomsAllOfThem(FxRobot robot) {
        TimeRange before = stack.viewModel().range();
        ChartPanelView errors = paintedViews().get(2);
        PanelGeometry g = errors.geometry();
        double x0 = g.plotX() + g.plotWidth() * 0.25;
        double x1 = g.plotX() + g.plotWidth() * 0.5;
        double y = g.plotY() + g.plotHeight() / 2;
        robot.drag(screen(errors, x0, y), MouseButton.PRIMARY).dropTo(screen(errors, x1, y));
        WaitForAsyncUtils.waitForFxEvents();
        TimeRange boxed = stack.viewModel().range();
        assertThat(boxed.span()).isCloseTo(before.span() / 4, org.assertj.core.data.Offset.offset(before.span() / 50));
        assertThat(stack.viewModel().followLiveProperty().get()).isFalse();
        awaitAllPainted(boxed);

        robot.moveTo(screen(errors, x0, y)).scroll(2, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.viewModel().range().span()).isNotEqualTo(boxed.span());
        awaitAllPainted(stack.viewModel().range());
    }

    @Test
    void panelsAreAddedFromTheToolbarAndRemovedWithTheirCloseButton(FxRobot robot) throws Exception {
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        assertThat(split.getItems()).hasSize(4);
        // Opening the menu by a robot click is racy under headless Monocle; open it directly, pick by click.
        MenuButton menu = robot.lookup(".menu-button").queryAs(MenuButton.class);
        robot.interact(menu::show);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Custom").tryQuery().isPresent());
        robot.clickOn("Custom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(split.getItems()).hasSize(5);
        assertThat(stack.viewModel().panels().get(4).kind()).isEqualTo(PanelKind.CUSTOM);

        Button close = robot.from(paintedViews().get(0)).lookup("✕").queryButton();
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(split.getItems()).hasSize(4);
        assertThat(stack.viewModel().panels()).extracting(ChartPanelViewModel::kind)
                .containsExactly(PanelKind.LATENCY, PanelKind.ERRORS, PanelKind.JVM, PanelKind.CUSTOM);
    }

    @Test
    void clickingALegendEntryHidesItsSeries(FxRobot robot) {
        ChartPanelView pool = paintedViews().get(0);
        SeriesId idle = SeriesId.of("jmx", IncidentData.TARGET, Metrics.POOL_IDLE, Map.of("pool", "shop"));
        PanelGeometry.LegendHit hit = pool.geometry().legend().stream().filter(h -> h.id().equals(idle))
                .findFirst().orElseThrow();
        robot.clickOn(screen(pool, hit.x() + 8, hit.y() + hit.h() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        PlotSeries idleSeries = pool.panel().series().stream().filter(p -> p.id().equals(idle)).findFirst()
                .orElseThrow();
        assertThat(idleSeries.isVisible()).isFalse();
        assertThat(stack.viewModel().readout()).noneMatch(r -> r.id().equals(idle));
    }

    @Test
    void followLiveKeepsTheNewestSampleInView() throws Exception {
        Series active = store.find(SeriesId.of("jmx", IncidentData.TARGET, Metrics.POOL_ACTIVE,
                Map.of("pool", "shop"))).orElseThrow();
        long painted = stack.framesPainted();
        for (int i = 1; i <= 5; i++) {
            clock.advance(60_000);
            active.append(clock.millis(), 7); // the poller's thread would do this; no FX call involved
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stack.viewModel().range().contains(clock.millis()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stack.framesPainted() > painted);
        assertThat(stack.viewModel().range().contains(active.snapshot().lastTime())).isTrue();
        awaitAllPainted(stack.viewModel().range());
    }

    @Test
    void aNewProvisionalTailRepaintsThoughNoFinalSampleArrived() throws Exception {
        Series p99 = store.find(SeriesId.of(Metrics.SOURCE_LOG, "access", Metrics.LATENCY_P99)).orElseThrow();
        long[] last = {-1};
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> { // idle: nothing changes, so nothing repaints
            long before = stack.framesPainted();
            WaitForAsyncUtils.waitForFxEvents(5);
            last[0] = stack.framesPainted();
            return before > 0 && before == last[0];
        });
        Thread writer = new Thread(() -> p99.setProvisional(new long[] {NOW + 1}, new double[] {412}));
        writer.start();
        writer.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stack.framesPainted() > last[0]);
    }

    @Test
    void newSeriesAppearWithoutAnyCallFromTheirWriter() throws Exception {
        Thread writer = new Thread(() -> store.series(SeriesId.parse("jmx/shop-2/hikari.active{pool=orders}"),
                Unit.CONNECTIONS).append(NOW - 1000, 4));
        writer.start();
        writer.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stack.viewModel().panels().get(0).series().stream()
                .anyMatch(p -> p.id().target().equals("shop-2")));
    }

    private List<ChartPanelView> paintedViews() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stack.panelViews().stream()
                    .allMatch(v -> v.geometry() != null));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("panels were never painted", e);
        }
        return stack.panelViews();
    }

    private void awaitAllPainted(TimeRange range) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stack.panelViews().stream()
                    .allMatch(v -> range.equals(v.paintedRange())));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not every panel shows " + range, e);
        }
    }

    private static Point2D screen(ChartPanelView v, double x, double y) {
        return v.canvas().localToScreen(x, y);
    }
}
