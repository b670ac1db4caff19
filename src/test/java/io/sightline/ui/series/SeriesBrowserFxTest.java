package io.sightline.ui.series;

import io.sightline.chart.IncidentData;
import io.sightline.chart.PanelKind;
import io.sightline.chart.RangePreset;
import io.sightline.series.Metrics;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;
import io.sightline.ui.chart.ChartPanelViewModel;
import io.sightline.ui.chart.ChartStack;
import io.sightline.ui.chart.ChartStackViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The series browser beside a chart stack, used with the mouse and keyboard like a responder would. */
@ExtendWith(ApplicationExtension.class)
class SeriesBrowserFxTest {
    private static final long NOW = 1_700_000_000_000L;
    private static final SeriesId CPU = SeriesId.of(Metrics.SOURCE_JMX, IncidentData.TARGET, Metrics.CPU_PROCESS);

    private final SeriesStore store = new SeriesStore();
    private ChartStack stack;
    private SeriesBrowser browser;

    @Start
    void start(Stage stage) {
        IncidentData.fill(store, NOW);
        store.series(CPU, Unit.PERCENT).append(NOW - 60_000, 42);
        stack = new ChartStack(new ChartStackViewModel(store, null, java.time.Clock.fixed(java.time.Instant.ofEpochMilli(NOW), ZoneOffset.UTC)),
                Executors.newSingleThreadExecutor(), ZoneOffset.UTC);
        stack.viewModel().choosePreset(RangePreset.H1);
        browser = new SeriesBrowser(new SeriesBrowserViewModel(store, stack.viewModel(), null, Platform::runLater));
        browser.setPrefWidth(300);
        HBox.setHgrow(stack, Priority.ALWAYS);
        Scene scene = new Scene(new HBox(browser, stack), 1400, 900);
        io.sightline.ui.Theme.DARK.applyTo(scene); // the browser's sheet uses the theme's colour variables
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aSeriesDraggedFromTheBrowserJoinsThePanelItIsDroppedOn(FxRobot robot) throws Exception {
        ChartPanelViewModel latency = stack.viewModel().panels().get(1);
        assertThat(latency.series()).noneMatch(p -> p.id().equals(CPU));
        TreeCell<?> cell = cellShowing(robot, "CPU");
        javafx.scene.Node target = robot.lookup(".chart-panel").queryAll().stream()
                .sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY())).toList().get(1);
        robot.drag(cell).dropTo(target);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> latency.series().stream().anyMatch(p -> p.id().equals(CPU)));
        // remembered in the layout: the panel keeps it across restarts
        assertThat(stack.viewModel().layout().panels().get(1).series()).contains(CPU.toString());
    }

    @Test
    void theFilterNarrowsTheTreeAndTheContextMenuPutsASeriesInANewPanel(FxRobot robot) throws Exception {
        robot.clickOn(".text-field").write("heap");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(leaves()).isNotEmpty().allMatch(label -> label.toLowerCase().contains("heap"));

        // Opening a popup by a robot click is racy under headless Monocle; open it directly, pick by click.
        TreeCell<?> heap = cellShowing(robot, "heap used");
        robot.interact(() -> heap.getContextMenu().show(heap, javafx.geometry.Side.BOTTOM, 0, 0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Add to a new panel").tryQuery().isPresent());
        assertThat(robot.lookup("Add to Latency").tryQuery()).isPresent();
        robot.clickOn("Add to a new panel");
        WaitForAsyncUtils.waitForFxEvents();
        ChartPanelViewModel added = stack.viewModel().panels().get(stack.viewModel().panels().size() - 1);
        assertThat(added.kind()).isEqualTo(PanelKind.CUSTOM);
        assertThat(added.series()).extracting(p -> p.id().metric()).containsExactly(Metrics.HEAP_USED);
    }

    @Test
    void aSeriesCreatedLaterAppearsInTheBrowser(FxRobot robot) throws Exception {
        SeriesId late = SeriesId.of("log", "access", Metrics.LATENCY_P99, Map.of());
        new Thread(() -> store.series(late, Unit.MILLISECONDS).append(NOW, 12), "a source").start();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> browser.tree().getRoot().getChildren().stream()
                .anyMatch(g -> g.getValue().equals("log · access")));
    }

    private java.util.List<String> leaves() {
        return browser.tree().getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(TreeItem::getValue).map(v -> ((SeriesBrowserViewModel.Entry) v).label()).toList();
    }

    private static TreeCell<?> cellShowing(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".tree-cell")
                .match((TreeCell<?> c) -> text.equals(c.getText())).tryQuery().isPresent());
        return robot.lookup(".tree-cell").match((TreeCell<?> c) -> text.equals(c.getText())).query();
    }
}
