package io.sightline.ui.replay;

import io.sightline.chart.EventBursts;

import io.sightline.capture.CaptureReader;
import io.sightline.capture.CaptureReport;
import io.sightline.capture.replay.ReplayClock;
import io.sightline.capture.replay.ReplaySession;
import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.DiagnosisEngine;
import io.sightline.checklist.Replay;
import io.sightline.checklist.runbook.ChecklistSession;
import io.sightline.checklist.runbook.RunbookLoader;
import io.sightline.series.SeriesStore;
import io.sightline.ui.chart.ChartStackViewModel;
import io.sightline.ui.checklist.ChecklistViewModel;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * One replayed capture for the replay window: the playhead and its controls, the chart stack over the replayed
 * store, and the checklist as it stood at the playhead. FX thread only, except the checklist's evaluation, which
 * runs on {@code background} and is coalesced: however fast the playhead moves, at most one evaluation runs and
 * the next one starts from the latest playhead.
 */
public final class ReplayViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayViewModel.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    static final long NOT_YET = Long.MIN_VALUE;

    private final Path file;
    private final Clock wall;
    private final SeriesStore store;
    private final CaptureReport report;
    private final ZoneId zone;
    private final ReplaySession session;
    private final ReplayClock clock;
    private final ChartStackViewModel charts;
    private final ChecklistViewModel checklist;
    private final List<EventBursts.Tick> ticks;
    private final Executor background;
    private final ReadOnlyLongWrapper playhead = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper();
    private final ReadOnlyLongWrapper diagnosedAt = new ReadOnlyLongWrapper(NOT_YET);
    private final List<LongConsumer> seekListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong wanted = new AtomicLong(NOT_YET);
    private final AtomicBoolean evaluating = new AtomicBoolean();
    /** Confined to the one running evaluation: an engine carried forward while the playhead only advances. */
    private DiagnosisEngine engine;
    private long engineTime = NOT_YET;

    public ReplayViewModel(Path file, CaptureReader.Replay replay, Clock wall, ZoneId zone, Executor background) {
        this.file = file;
        this.store = replay.store();
        this.report = replay.report();
        this.zone = zone;
        this.background = background;
        this.session = new ReplaySession(store, wall);
        this.wall = wall;
        this.clock = session.clock();
        Clock atPlayhead = new PlayheadClock(clock, zone);
        this.charts = new ChartStackViewModel(store, null, atPlayhead, ChartStackViewModel.defaultLayout());
        DiagnosisEngine runbookEngine = new DiagnosisEngine();
        this.checklist = new ChecklistViewModel(new ChecklistSession(RunbookLoader.forEngine(runbookEngine).builtIn(),
                store, atPlayhead), atPlayhead);
        this.ticks = EventBursts.of(session.eventTicks());
        charts.zoomTo(session.start(), session.end() + 1);
        charts.crosshairLockedProperty().addListener((o, was, locked) -> {
            long t = charts.crosshairProperty().get();
            if (locked && t != playhead.get()) {
                seek(t); // a click on a chart moves the playhead there
            }
        });
        moved(clock.playhead());
    }

    // ---- state -----------------------------------------------------------------------------------------

    public Path file() {
        return file;
    }

    /** The real time (not the playhead's). */
    public Clock wallClock() {
        return wall;
    }

    public ZoneId zone() {
        return zone;
    }

    public SeriesStore store() {
        return store;
    }

    public CaptureReport report() {
        return report;
    }

    /** What the damage banner says, one finding per line; empty for an intact capture. */
    public List<String> damage() {
        return report.intact() ? List.of() : report.lines(zone);
    }

    public ChartStackViewModel charts() {
        return charts;
    }

    public ChecklistViewModel checklist() {
        return checklist;
    }

    public long start() {
        return session.start();
    }

    public long end() {
        return session.end();
    }

    public List<EventBursts.Tick> ticks() {
        return ticks;
    }

    public ReadOnlyLongProperty playheadProperty() {
        return playhead.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    /** The playhead the checklist last showed; {@link #NOT_YET} before the first evaluation. */
    public ReadOnlyLongProperty diagnosedAtProperty() {
        return diagnosedAt.getReadOnlyProperty();
    }

    public double speed() {
        return clock.speed();
    }

    /** Called with the new playhead after each jump or scrub (not on every frame of playing). */
    public void onSeek(LongConsumer listener) {
        seekListeners.add(listener);
    }

    // ---- commands --------------------------------------------------------------------------------------

    /** Once per frame: picks up where a playing playhead has moved to. */
    public void pulse() {
        long t = clock.playhead();
        playing.set(clock.isPlaying());
        if (t != playhead.get()) {
            moved(t);
        }
    }

    public void togglePlay() {
        clock.togglePlay();
        playing.set(clock.isPlaying());
    }

    public void pause() {
        clock.pause();
        playing.set(false);
    }

    /** 1× to 60×. */
    public void setSpeed(double x) {
        clock.setSpeed(x);
    }

    /** Moves the playhead (clamped to the capture); playing continues from there. */
    public void seek(long t) {
        clock.seek(t);
        moved(clock.playhead());
        seekListeners.forEach(l -> l.accept(playhead.get()));
    }

    /** Jumps to the next event tick; false when there is none after the playhead. */
    public boolean nextEvent() {
        EventBursts.Tick next = EventBursts.after(ticks, playhead.get());
        if (next != null) {
            seek(next.time());
        }
        return next != null;
    }

    /** Jumps to the previous event tick; false when there is none before the playhead. */
    public boolean previousEvent() {
        EventBursts.Tick previous = EventBursts.before(ticks, playhead.get());
        if (previous != null) {
            seek(previous.time());
        }
        return previous != null;
    }

    private void moved(long t) {
        playhead.set(t);
        timeText.set(describe(t));
        charts.pinCrosshair(t); // zooms the charts to follow the playhead when it leaves the view
        requestDiagnosis(t);
    }

    private String describe(long t) {
        return CLOCK.format(Instant.ofEpochMilli(t).atZone(zone)) + "  +" + mmss(t - start()) + " / " + mmss(end() - start());
    }

    private static String mmss(long millis) {
        Duration d = Duration.ofMillis(Math.max(0, millis));
        return d.toHours() > 0 ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }

    // ---- checklist evaluation, off the FX thread, coalesced -------------------------------------------

    private void requestDiagnosis(long t) {
        wanted.set(t);
        if (evaluating.compareAndSet(false, true)) {
            background.execute(this::evaluateLatest);
        }
    }

    private void evaluateLatest() {
        long done = NOT_YET;
        try {
            for (long t = wanted.get(); t != done; t = wanted.get()) {
                done = t; // before evaluating: a failing playhead is not retried forever
                Diagnosis d = diagnose(t);
                long at = t;
                if (d != null) {
                    Platform.runLater(() -> {
                        checklist.update(d);
                        diagnosedAt.set(at);
                    });
                }
            }
        } catch (RuntimeException e) {
            LOG.error("replay checklist evaluation failed", e);
        } finally {
            evaluating.set(false);
        }
        if (wanted.get() != done && evaluating.compareAndSet(false, true)) {
            background.execute(this::evaluateLatest); // a request arrived between the last check and the reset
        }
    }

    private Diagnosis diagnose(long t) {
        if (engine == null || t < engineTime) {
            engine = new DiagnosisEngine();
            engineTime = t;
            return Replay.diagnoseAt(store, engine, Replay.DEFAULT_STEP_MILLIS, t);
        }
        for (long s = engineTime + Replay.DEFAULT_STEP_MILLIS; s < t; s += Replay.DEFAULT_STEP_MILLIS) {
            engine.evaluate(store, s);
        }
        engineTime = t;
        return engine.evaluate(store, t);
    }
}
