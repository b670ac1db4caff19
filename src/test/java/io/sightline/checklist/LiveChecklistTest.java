package io.sightline.checklist;

import io.sightline.checklist.runbook.ChecklistSession;
import io.sightline.checklist.runbook.RunbookLoader;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LiveChecklistTest {
    @Test
    void evidenceChangesGoIntoTheTimelineOnce() {
        Telemetry t = new Telemetry(40).rate(150).holdMs(80).run(Duration.ofMinutes(3));
        long onset = t.now;
        t.restartWithMax(6).run(Duration.ofMinutes(2));
        LiveChecklist live = live(t);

        Diagnosis first = live.evaluateNow();
        live.evaluateNow();

        assertThat(first.topSince()).as("dated from the history, not from when the checklist opened").isBetween(onset, onset + 60_000);
        List<Event> top = t.store.events().all().stream().filter(e -> e.kind().equals(EventKinds.CHECKLIST_TOP_CHANGED)).toList();
        assertThat(top).hasSize(1);
        assertThat(top.get(0).attribute("hypothesis")).isEqualTo("pool-undersized");
        List<Event> steps = t.store.events().all().stream().filter(e -> e.kind().equals(EventKinds.CHECKLIST_STEP_STATE)).toList();
        assertThat(steps).extracting(e -> e.attribute("step")).contains("pool-saturated", "gc").doesNotHaveDuplicates();
        assertThat(steps.stream().filter(e -> e.attribute("step").equals("pool-saturated")).findFirst().orElseThrow().text())
                .startsWith("Is the connection pool saturated? supported: Pool shop-db at 6/6");
    }

    @Test
    void replayAtAPlayheadSeesOnlyThePast() {
        Telemetry t = new Telemetry(42).rate(150).holdMs(80).run(Duration.ofMinutes(3));
        long onset = t.now;
        t.restartWithMax(6).run(Duration.ofMinutes(2));

        Diagnosis before = Replay.diagnoseAt(t.store, new DiagnosisEngine(), Replay.DEFAULT_STEP_MILLIS, onset - 1000);
        Diagnosis after = Replay.diagnoseAt(t.store, new DiagnosisEngine(), Replay.DEFAULT_STEP_MILLIS, onset + 90_000);

        assertThat(before.top().id()).isEqualTo("no-incident");
        assertThat(after.top().id()).isEqualTo("pool-undersized");
        assertThat(after.topSince()).isBetween(onset, onset + 60_000);
    }

    @Test
    void runsOnItsOwnSchedulerAndTellsListeners() {
        Telemetry t = new Telemetry(41).run(Duration.ofMinutes(2));
        LiveChecklist live = live(t);
        AtomicReference<Diagnosis> seen = new AtomicReference<>();
        live.onDiagnosis(seen::set);
        try (Lifecycle lifecycle = new Lifecycle()) {
            live.start(lifecycle, Duration.ofMillis(50));
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.get() != null);
        }
        assertThat(seen.get().top().id()).isEqualTo("no-incident");
        assertThat(live.latest()).isNotNull();
    }

    private static LiveChecklist live(Telemetry t) {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(t.now), ZoneOffset.UTC);
        DiagnosisEngine engine = new DiagnosisEngine();
        ChecklistSession session = new ChecklistSession(RunbookLoader.forEngine(engine).builtIn(), t.store, clock);
        return new LiveChecklist(t.store, clock, engine, session);
    }
}
