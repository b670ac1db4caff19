package io.sightline.ui.replay;

import io.sightline.chart.EventBursts;

import io.sightline.capture.CaptureMetadata;
import io.sightline.capture.CaptureWriter;
import io.sightline.chart.TimeRange;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;
import io.sightline.ui.Theme;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replay mode on a (headless) screen: a real capture file written here, opened as a user would. */
@ExtendWith(ApplicationExtension.class)
class ReplayWindowTest {
    static final long T0 = 1_767_000_000_000L;
    static final int SECONDS = 600;
    static final long RESTART = T0 + 120_000;
    static final long TIMEOUTS = T0 + 300_000;
    static final long ACTION = T0 + 420_000;
    static final long LAST = T0 + (SECONDS * 10L - 1) * 100;

    @TempDir
    static Path dir;
    static Path capture;

    private final Lifecycle lifecycle = new Lifecycle();
    private final ExecutorService background = lifecycle.newCachedPool("replay-test");
    private final CaptureOpener opener = new CaptureOpener(background, Clock.systemUTC(), ZoneOffset.UTC, () -> Theme.DARK);
    private ReplayWindow window;

    @BeforeAll
    static void record() {
        SeriesStore live = new SeriesStore();
        capture = dir.resolve("incident.sightline");
        try (Lifecycle l = new Lifecycle()) {
            CaptureWriter writer = CaptureWriter.start(live, capture, CaptureMetadata.startingAt(T0, ZoneOffset.UTC), l,
                    CaptureWriter.Options.defaults());
            Map<String, String> pool = Map.of(Metrics.LABEL_POOL, "shop");
            Series active = live.series(SeriesId.of("jmx", "shop-1", Metrics.POOL_ACTIVE, pool), Unit.CONNECTIONS);
            Series waiting = live.series(SeriesId.of("jmx", "shop-1", Metrics.POOL_WAITING, pool), Unit.THREADS);
            Series max = live.series(SeriesId.of("jmx", "shop-1", Metrics.POOL_MAX, pool), Unit.CONNECTIONS);
            for (int i = 0; i < SECONDS * 10; i++) {
                long t = T0 + i * 100L;
                boolean fault = t >= TIMEOUTS;
                active.append(t, fault ? 3 : i % 4);
                waiting.append(t, fault ? 15 + i % 5 : 0);
                max.append(t, fault ? 3 : 10);
            }
            live.events().add(Event.of(RESTART, "jmx/shop-1", EventKinds.TARGET_RESTARTED, Severity.WARN, "shop-1 restarted"));
            for (int i = 0; i < 40; i++) {
                live.events().add(Event.of(TIMEOUTS + i * 250L, "log/app", EventKinds.LOG_POOL_TIMEOUT, Severity.ERROR,
                        "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=3, active=3, idle=0, waiting=17)"));
            }
            live.events().add(Event.of(ACTION, "checklist", EventKinds.CHECKLIST_ACTION, Severity.INFO, "ticked: pool saturation"));
            writer.close();
        }
    }

    @Start
    void start(Stage stage) {
        // Each test opens its own replay window through the opener, as the live window's "Open capture…" does.
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> window.stage().close());
        }
        lifecycle.close();
    }

    private ReplayWindow open(Path file) throws Exception {
        window = opener.open(file, 1280, 800).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    @Test
    void aCaptureOpensWithTheChartsOverItsWholeRangeAndAScrubber(FxRobot robot) throws Exception {
        ReplayWindow w = open(capture);
        TimeRange range = w.model().charts().range();
        assertThat(range.from()).isEqualTo(T0);
        assertThat(range.to()).isEqualTo(LAST + 1);
        assertThat(w.model().charts().followLiveProperty().get()).isFalse();
        assertThat(robot.lookup("." + Scrubber.STYLE).tryQuery()).isPresent();
        assertThat(w.controller().scrubber().slider().getMin()).isEqualTo((double) T0);
        assertThat(w.controller().scrubber().slider().getMax()).isEqualTo((double) LAST);
        assertThat(w.controller().banner().isVisible()).as("an intact capture shows no damage banner").isFalse();
        assertThat(w.model().ticks()).extracting(EventBursts.Tick::time).containsExactly(RESTART, TIMEOUTS, ACTION);
        assertThat(w.logs().model().rows()).hasSize(40); // the log.* events, one row each
    }

    @Test
    void clickingTheScrubberMovesThePlayheadTheCrosshairAndTheChecklist(FxRobot robot) throws Exception {
        ReplayWindow w = open(capture);
        Scrubber scrubber = w.controller().scrubber();
        long target = T0 + 450_000;
        Bounds b = scrubber.localToScreen(scrubber.getBoundsInLocal());
        robot.clickOn(b.getMinX() + scrubber.xOf(target), b.getMaxY() - 10);
        WaitForAsyncUtils.waitForFxEvents();

        long playhead = w.model().playheadProperty().get();
        long pixel = (LAST - T0) / (long) scrubber.getWidth();
        assertThat(playhead).isBetween(target - 3 * pixel, target + 3 * pixel);
        assertThat(w.model().charts().crosshairProperty().get()).isEqualTo(playhead);
        assertThat(w.model().charts().crosshairLockedProperty().get()).isTrue();
        await().atMost(20, TimeUnit.SECONDS).until(() -> w.model().diagnosedAtProperty().get() == playhead);
        assertThat(robot.lookup("#timeLabel").queryAs(Label.class).getText()).startsWith("09:27:").contains("+7:");
        assertThat(w.model().checklist().steps()).as("the checklist shows the runbook at the playhead").isNotEmpty();
        assertThat(w.model().checklist().leadingProperty().get()).startsWith("Most likely: ");
    }

    @Test
    void nextAndPreviousEventJumpBetweenTheTicks(FxRobot robot) throws Exception {
        ReplayWindow w = open(capture);
        robot.interact(() -> w.model().seek(T0));
        robot.clickOn("#nextButton");
        assertThat(w.model().playheadProperty().get()).isEqualTo(RESTART);
        robot.clickOn("#nextButton");
        assertThat(w.model().playheadProperty().get()).as("a burst of 40 timeouts is one tick").isEqualTo(TIMEOUTS);
        robot.clickOn("#nextButton");
        assertThat(w.model().playheadProperty().get()).isEqualTo(ACTION);
        assertThat(w.controller().scrubber().slider().getValue()).isEqualTo((double) ACTION);
        robot.clickOn("#previousButton");
        assertThat(w.model().playheadProperty().get()).isEqualTo(TIMEOUTS);
        assertThat(w.model().charts().crosshairProperty().get()).isEqualTo(TIMEOUTS);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(w.logs().model().scrollTargetProperty().get())
                .as("the log pane scrolls to the first timeout").isZero());
        robot.interact(() -> w.model().seek(TIMEOUTS + 5_000));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(w.logs().model().scrollTargetProperty().get())
                .as("20 timeouts, one every 250 ms, lie before the playhead").isEqualTo(20));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.model().playheadProperty().get()).as("the pane scrolling does not move the playhead")
                .isEqualTo(TIMEOUTS + 5_000);
    }

    @Test
    void clickingALogLineMovesThePlayheadToIt(FxRobot robot) throws Exception {
        ReplayWindow w = open(capture);
        var cell = robot.from(w.logs()).lookup(".list-cell").<javafx.scene.control.ListCell<Integer>>match(
                c -> ((javafx.scene.control.ListCell<?>) c).getIndex() == 2).query();
        robot.clickOn(cell);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(w.model().playheadProperty().get())
                .isEqualTo(TIMEOUTS + 500));
        assertThat(w.model().charts().crosshairProperty().get()).isEqualTo(TIMEOUTS + 500);
    }

    @Test
    void playingMovesThePlayheadAndTheChartsFollowIt(FxRobot robot) throws Exception {
        ReplayWindow w = open(capture);
        robot.interact(() -> {
            w.model().charts().zoomTo(T0, T0 + 20_000);
            w.model().seek(T0 + 10_000);
            w.model().setSpeed(60);
        });
        robot.clickOn("#playButton");
        assertThat(robot.lookup("#playButton").queryButton().getText()).isEqualTo("Pause");
        await().atMost(20, TimeUnit.SECONDS).until(() -> w.model().playheadProperty().get() > T0 + 40_000);
        robot.clickOn("#playButton");
        long playhead = w.model().playheadProperty().get();
        TimeRange range = w.model().charts().range();
        assertThat(playhead).isBetween(range.from(), range.to());
        assertThat(range.to() - range.from()).as("following keeps the zoom").isEqualTo(20_000);
        assertThat(w.model().charts().crosshairProperty().get()).isEqualTo(playhead);
    }

    @Test
    void saveCaptureAsWritesTheChosenWindowWithHostsRedacted(FxRobot robot) throws Exception {
        SeriesStore store;
        try (var reader = io.sightline.capture.CaptureReader.open(capture)) {
            store = reader.replay().store();
        }
        Path dest = dir.resolve("shared.sightline");
        java.util.List<String> status = new java.util.concurrent.CopyOnWriteArrayList<>();
        SaveCaptureAction save = new SaveCaptureAction(store, () -> CaptureMetadata.startingAt(T0, ZoneOffset.UTC).withRange(T0, LAST + 1),
                java.util.Optional::empty, background, ZoneOffset.UTC, status::add);
        var window = new io.sightline.capture.TimeWindow(T0 + 60_000, T0 + 180_000);
        var pending = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<io.sightline.capture.CaptureExporter.Result>>();
        robot.interact(() -> pending.set(save.export(new SaveCaptureAction.Choice(window,
                io.sightline.capture.CaptureExporter.Options.SHARE), dest)));
        var result = pending.get().get(20, TimeUnit.SECONDS);
        assertThat(result.aliases()).containsKey("shop-1");
        ReplayWindow w = open(dest);
        assertThat(w.model().start()).isGreaterThanOrEqualTo(window.from());
        assertThat(w.model().end()).isLessThan(window.to());
        assertThat(w.model().ticks()).extracting(EventBursts.Tick::time).containsExactly(RESTART);
        assertThat(w.model().store().all()).allSatisfy(s -> assertThat(s.id().target()).isNotEqualTo("shop-1"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> status.stream().anyMatch(l -> l.startsWith("Saved 3 series")));
    }

    @Test
    void aDamagedCaptureOpensWithABannerSayingWhatWasLost(FxRobot robot) throws Exception {
        Path damaged = dir.resolve("damaged.sightline");
        Files.copy(capture, damaged);
        try (RandomAccessFile raf = new RandomAccessFile(damaged.toFile(), "rw")) {
            raf.setLength(raf.length() * 6 / 10);
        }
        ReplayWindow w = open(damaged);
        assertThat(w.model().report().intact()).isFalse();
        assertThat(w.controller().banner().isVisible()).isTrue();
        assertThat(w.controller().bannerText().getText()).isEqualTo(String.join("\n", w.model().report().lines(ZoneOffset.UTC)))
                .isNotBlank();
        assertThat(robot.lookup(".sl-replay-banner-title").queryAs(Label.class).getText())
                .contains("damaged").contains("Integrity check: " + w.model().report().integrity().get(0));
    }

    @Test
    void aFileThatIsNotACaptureIsRefusedWithAOneLineError(FxRobot robot) throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a capture\n".repeat(100));
        assertThat(opener.open(text, 1280, 800)).failsWithin(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label content = robot.lookup(".dialog-pane .content").queryAs(Label.class);
        assertThat(content.getText()).startsWith(text.toString()).doesNotContain("\n");
        robot.interact(() -> content.getScene().getWindow().hide());
    }
}
