package io.sightline.ui;

import io.sightline.AppContext;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Metrics;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;
import io.sightline.workspace.Workspace;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Headless smoke test: the main window opens with its five regions and shows live pool numbers. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path home;

    private final SeriesStore store = new SeriesStore();
    private AppContext context;
    private SightlineApp.MainWindow window;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
        context = new AppContext(clock, new Workspace(home), store, new Lifecycle());
        window = SightlineApp.MainWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void opensWithEveryRegion(FxRobot robot) {
        for (String id : new String[] {"#topBar", "#incidentClock", "#recording", "#sourcesHost", "#chartHost", "#checklistHost", "#logHost"}) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        assertThat(robot.lookup("#incidentClock").queryAs(Label.class).getText()).isEqualTo("03:00:00");
        assertThat(robot.lookup("#recording").queryAs(Label.class).getText()).contains("not recording");
    }

    @Test
    void themeToggleReachesCanvasDrawnParts(FxRobot robot) {
        assertThat(window.scene().getRoot().getStyleClass()).doesNotContain(Theme.LIGHT_CLASS);
        robot.clickOn("#themeButton");
        assertThat(window.scene().getRoot().getStyleClass()).contains(Theme.LIGHT_CLASS);
        assertThat(window.scene().getStylesheets().get(0)).endsWith(Styles.LIGHT_THEME);
        robot.clickOn("#themeButton");
        assertThat(window.scene().getRoot().getStyleClass()).doesNotContain(Theme.LIGHT_CLASS);
    }

    @Test
    void captureButtonsWaitForTheSession(FxRobot robot) {
        Button open = robot.lookup("#openCaptureButton").queryButton();
        Button save = robot.lookup("#saveCaptureButton").queryButton();
        assertThat(open.isDisabled()).isTrue();
        assertThat(save.isDisabled()).isTrue();

        AtomicInteger opened = new AtomicInteger();
        robot.interact(() -> window.controller().setOnOpenCapture(opened::incrementAndGet));
        assertThat(open.isDisabled()).isFalse();
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn(open);
        assertThat(opened).hasValue(1);
    }

    @Test
    void poolsViewIsBuiltOnlyWhenItsTabIsFirstShown(FxRobot robot) {
        AtomicInteger built = new AtomicInteger();
        robot.interact(() -> window.controller().setPoolsWhenShown(() -> {
            built.incrementAndGet();
            return new Label("the pools view");
        }));
        assertThat(built).hasValue(0);

        robot.clickOn("Pools");
        assertThat(robot.lookup("the pools view").tryQuery()).isPresent();
        robot.clickOn("Charts");
        robot.interact(() -> window.controller().showPoolsTab());
        TabPane tabs = robot.lookup("#centreTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Pools");
        assertThat(built).hasValue(1);
    }

    @Test
    void showsLivePoolNumbersAndFlagsSaturation(FxRobot robot) {
        Map<String, String> pool = Map.of(Metrics.LABEL_POOL, "shop-db");
        long t = 1_000;
        store.series(SeriesId.of("jmx", "demo", Metrics.POOL_ACTIVE, pool), Unit.CONNECTIONS).append(t, 3);
        store.series(SeriesId.of("jmx", "demo", Metrics.POOL_IDLE, pool), Unit.CONNECTIONS).append(t, 0);
        store.series(SeriesId.of("jmx", "demo", Metrics.POOL_TOTAL, pool), Unit.CONNECTIONS).append(t, 3);
        store.series(SeriesId.of("jmx", "demo", Metrics.POOL_WAITING, pool), Unit.THREADS).append(t, 17);
        store.series(SeriesId.of("jmx", "demo", Metrics.POOL_MAX, pool), Unit.CONNECTIONS).append(t, 3);

        await().atMost(5, TimeUnit.SECONDS).until(() -> robot.lookup("#pool-demo-shop-db").tryQuery().isPresent());
        assertThat(robot.lookup("#pool-demo-shop-db .label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("3 / 3", "17", "waiting threads");
        assertThat(robot.lookup("#pool-demo-shop-db ." + Styles.POOL_SATURATED).queryAll()).hasSize(2);
    }
}
