package io.sightline.checklist;

import io.sightline.checklist.runbook.ChecklistSession;
import io.sightline.checklist.runbook.RunbookLoader;
import io.sightline.series.SeriesStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Ready-made sessions for view tests and previews (the simulator is package-private). */
public final class ChecklistFixtures {
    private ChecklistFixtures() {
    }

    public record Session(SeriesStore store, Clock clock, ChecklistSession session, Diagnosis diagnosis) {
    }

    /** Healthy for 3 minutes, then a restart with maximumPoolSize 6 instead of 20 under the same load. */
    public static Session poolMisconfigured() {
        Telemetry t = new Telemetry(50).rate(150).holdMs(80).run(Duration.ofMinutes(3)).restartWithMax(6).run(Duration.ofMinutes(4).plusSeconds(12));
        Clock clock = Clock.fixed(Instant.ofEpochMilli(t.now), ZoneOffset.UTC);
        DiagnosisEngine engine = new DiagnosisEngine();
        Diagnosis d = Replay.diagnose(t.store, engine, Replay.DEFAULT_STEP_MILLIS);
        return new Session(t.store, clock, new ChecklistSession(RunbookLoader.forEngine(engine).builtIn(), t.store, clock), d);
    }
}
