package io.sightline.checklist;

import io.sightline.checklist.runbook.ChecklistSession;
import io.sightline.checklist.runbook.StepState;
import io.sightline.checklist.runbook.StepStatus;
import io.sightline.concurrent.Lifecycle;
import io.sightline.concurrent.SafeRunnable;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The engine following a live session: evaluates every {@code period} on a named scheduler of the lifecycle, keeps
 * the latest diagnosis for views, and writes what changed into the timeline (the top hypothesis, a step turning
 * supported or refuted), so the postmortem can say when the evidence showed what.
 */
public final class LiveChecklist {
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(5);
    static final double MIN_RECORDED_TOP_SCORE = 0.2;
    /** How much history the first evaluation replays to date the top hypothesis honestly. */
    static final Duration CATCH_UP = Duration.ofMinutes(15);

    private final SeriesStore store;
    private final Clock clock;
    private final DiagnosisEngine engine;
    private final ChecklistSession session;
    private final List<Consumer<Diagnosis>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, StepState> lastStates = new HashMap<>();
    private volatile Diagnosis latest;
    private String lastTop;

    public LiveChecklist(SeriesStore store, Clock clock, DiagnosisEngine engine, ChecklistSession session) {
        this.store = store;
        this.clock = clock;
        this.engine = engine;
        this.session = session;
    }

    /** Starts evaluating every {@code period} on a scheduler owned by {@code lifecycle}. */
    public void start(Lifecycle lifecycle, Duration period) {
        lifecycle.newScheduler("checklist-engine").scheduleWithFixedDelay(
                SafeRunnable.of("checklist evaluation", this::evaluateNow), 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One evaluation at the clock's now; also what the scheduler runs. */
    public synchronized Diagnosis evaluateNow() {
        long now = clock.millis();
        if (latest == null) {
            catchUp(now);
        }
        Diagnosis d = engine.evaluate(store, now);
        recordChanges(d);
        latest = d;
        listeners.forEach(l -> l.accept(d));
        return d;
    }

    /**
     * Opened on a session that already has history (connected mid-incident, or the GUI restarted): walk the last
     * {@link #CATCH_UP} as a replay would, so "top since" is when the evidence showed it, not when we started looking.
     */
    private void catchUp(long now) {
        long[] range = Replay.timeRange(store);
        if (range == null) {
            return;
        }
        for (long t = Math.max(range[0], now - CATCH_UP.toMillis()); t < now; t += DEFAULT_PERIOD.toMillis()) {
            engine.evaluate(store, t);
        }
    }

    /** The newest diagnosis, or null before the first evaluation. */
    public Diagnosis latest() {
        return latest;
    }

    public ChecklistSession session() {
        return session;
    }

    /** Called on the engine's thread after every evaluation (views hop to their own thread). */
    public void onDiagnosis(Consumer<Diagnosis> listener) {
        listeners.add(listener);
    }

    private void recordChanges(Diagnosis d) {
        String top = d.top().id();
        // A lead with almost no evidence (the first seconds of a session, every score near 0) flips with each sample:
        // on the timeline and as chart markers it would be noise, so only a top with real support is recorded.
        if (!top.equals(lastTop) && d.top().score() >= MIN_RECORDED_TOP_SCORE) {
            store.events().add(new Event(d.time(), ChecklistSession.SOURCE, EventKinds.CHECKLIST_TOP_CHANGED, Severity.INFO,
                    "Most likely now: " + top + " (" + Format.score(d.top().score()) + ")" + (lastTop == null ? "" : ", was " + lastTop),
                    lastTop == null ? Map.of("hypothesis", top) : Map.of("hypothesis", top, "previous", lastTop)));
            lastTop = top;
        }
        for (StepStatus s : session.statuses(d)) {
            StepState before = lastStates.put(s.step().id(), s.state());
            if (s.state() != StepState.UNKNOWN && s.state() != before) {
                store.events().add(new Event(d.time(), ChecklistSession.SOURCE, EventKinds.CHECKLIST_STEP_STATE, Severity.INFO,
                        s.step().title() + " " + s.state().name().toLowerCase(java.util.Locale.ROOT) + ": " + s.summary(),
                        Map.of(ChecklistSession.ATTR_RUNBOOK, session.runbook().id(), ChecklistSession.ATTR_STEP, s.step().id(),
                                "state", s.state().name())));
            }
        }
    }
}
