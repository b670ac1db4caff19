package io.sightline.checklist;

import io.sightline.checklist.runbook.ChecklistSession;
import io.sightline.checklist.runbook.GuardMessage;
import io.sightline.checklist.runbook.ResponderMark;
import io.sightline.checklist.runbook.RunbookLoader;
import io.sightline.checklist.runbook.StepState;
import io.sightline.checklist.runbook.StepStatus;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The database-first runbook over a live-like store: self-marking steps, responder actions, the rabbit-hole guard. */
class ChecklistSessionTest {
    private final DiagnosisEngine engine = new DiagnosisEngine();

    @Test
    void firstStepTurnsSupportedWithThePoolNumbers() {
        Telemetry t = poolMisconfigured();
        Diagnosis d = diagnoseToEnd(t);
        List<StepStatus> steps = session(t).statuses(d);

        assertThat(steps.get(0).step().id()).isEqualTo("pool-saturated");
        assertThat(steps.get(0).state()).isEqualTo(StepState.SUPPORTED);
        assertThat(steps.get(0).summary()).startsWith("Pool shop-db at 6/6 (100%) for 2m");
        assertThat(state(steps, "pool-size")).isEqualTo(StepState.SUPPORTED);
        assertThat(state(steps, "gc")).isEqualTo(StepState.REFUTED);
        assertThat(state(steps, "db-limit")).isEqualTo(StepState.REFUTED);
        assertThat(state(steps, "downstream")).isEqualTo(StepState.REFUTED);
    }

    @Test
    void openingANetworkStepWhileThePoolIsToBlameShowsTheGuardWithNumbers() {
        Telemetry t = poolMisconfigured();
        Diagnosis d = diagnoseToEnd(t);
        ChecklistSession session = session(t);
        session.tick("pool-saturated", "6/6, 200 waiting");

        Optional<GuardMessage> guard = session.open("db-reachability", d);

        assertThat(guard).isPresent();
        if (Boolean.getBoolean("checklist.print")) {
            System.out.println(guard.get().text());
        }
        assertThat(guard.get().hypothesisId()).isEqualTo("pool-undersized");
        assertThat(guard.get().text())
                .startsWith("The pool shop-db has been at 6/6 with 200 threads waiting for 2m")
                .contains("pool timeouts in the last minute")
                .contains("; pool shop-db maximum is 6, was 20")
                .contains("Network checks can wait: the pool is too small or misconfigured for the load (pool-undersized) leads with")
                .contains("no network error was logged in the last 5m00s")
                .endsWith("Check first: Is the pool smaller than before, or than the load needs?");
        assertThat(session.open("infrastructure", d)).isPresent();
        assertThat(session.open("pool-size", d)).as("pool steps are never guarded").isEmpty();
        assertThat(t.store.events().all()).filteredOn(e -> e.kind().equals(EventKinds.CHECKLIST_GUARD)).hasSize(2);
    }

    @Test
    void noGuardWhenTheEvidencePointsAwayFromTheDatabase() {
        Telemetry t = new Telemetry(31).run(Duration.ofMinutes(3)).downstreamMs(900).run(Duration.ofMinutes(2));
        Diagnosis d = diagnoseToEnd(t);
        assertThat(d.top().id()).isEqualTo("slow-downstream");
        assertThat(session(t).open("infrastructure", d)).isEmpty();
    }

    @Test
    void tickSkipAndNotesAreTimelineEventsAndDriveTheMarks() {
        Telemetry t = poolMisconfigured();
        Diagnosis d = diagnoseToEnd(t);
        Clock clock = Clock.fixed(Instant.ofEpochMilli(t.now), ZoneOffset.UTC);
        ChecklistSession session = new ChecklistSession(RunbookLoader.forEngine(engine).builtIn(), t.store, clock);

        session.tick("pool-saturated", null);
        session.skip("gc", "GC share is 0.5%");
        session.annotate("pool-size", "Deploy 4711 set maximumPoolSize=6");
        session.note("Paged the DB team");
        List<StepStatus> steps = session.statuses(new Diagnosis(clock.millis(), d.evidence(), d.ranked(), d.topSince()));

        assertThat(mark(steps, "pool-saturated")).isEqualTo(ResponderMark.TICKED);
        assertThat(mark(steps, "gc")).isEqualTo(ResponderMark.SKIPPED);
        assertThat(mark(steps, "leak")).isEqualTo(ResponderMark.OPEN);
        assertThat(steps.stream().filter(s -> s.step().id().equals("pool-size")).findFirst().orElseThrow().notes())
                .containsExactly("Deploy 4711 set maximumPoolSize=6");
        List<Event> timeline = t.store.events().between(t.now, t.now + 1);
        assertThat(timeline).extracting(Event::kind).containsExactly(EventKinds.CHECKLIST_ACTION, EventKinds.CHECKLIST_ACTION,
                EventKinds.NOTE, EventKinds.NOTE);
        assertThat(timeline.get(1).text()).isEqualTo("Skipped: Is the JVM pausing for garbage collection? — GC share is 0.5%");
        assertThat(timeline.get(1).attribute(ChecklistSession.ATTR_ACTION)).isEqualTo("skip");

        session.reopen("gc");
        List<StepStatus> later = session.statuses(new Diagnosis(clock.millis(), d.evidence(), d.ranked(), d.topSince()));
        assertThat(mark(later, "gc")).isEqualTo(ResponderMark.OPEN);
        // Replaying to a moment before the actions shows the checklist as it stood then.
        List<StepStatus> before = session.statuses(new Diagnosis(t.now - 1, d.evidence(), d.ranked(), d.topSince()));
        assertThat(mark(before, "pool-saturated")).isEqualTo(ResponderMark.OPEN);
    }

    private static Telemetry poolMisconfigured() {
        return new Telemetry(30).rate(150).holdMs(80).run(Duration.ofMinutes(3)).restartWithMax(6).run(Duration.ofMinutes(2));
    }

    private Diagnosis diagnoseToEnd(Telemetry t) {
        Diagnosis d = null;
        for (long now = Telemetry.T0; now <= t.now; now += 5_000) {
            d = engine.evaluate(t.store, now);
        }
        return d;
    }

    private ChecklistSession session(Telemetry t) {
        return new ChecklistSession(RunbookLoader.forEngine(engine).builtIn(), t.store, Clock.fixed(Instant.ofEpochMilli(t.now), ZoneOffset.UTC));
    }

    private static StepState state(List<StepStatus> steps, String id) {
        return steps.stream().filter(s -> s.step().id().equals(id)).findFirst().orElseThrow().state();
    }

    private static ResponderMark mark(List<StepStatus> steps, String id) {
        return steps.stream().filter(s -> s.step().id().equals(id)).findFirst().orElseThrow().mark();
    }
}
