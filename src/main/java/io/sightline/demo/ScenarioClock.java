package io.sightline.demo;

import io.sightline.demo.scenario.Scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Maps between scenario time (what the scenario file says) and wall-clock time, given when the scenario started
 * and how fast it plays. The GUI's incident clock reads it; the scenario driver schedules by it.
 */
public final class ScenarioClock {
    private final Clock clock;
    private final Instant start;
    private final double speed;
    private final Scenario scenario;

    public ScenarioClock(Clock clock, Instant start, double speed, Scenario scenario) {
        this.clock = clock;
        this.start = start;
        this.speed = speed;
        this.scenario = scenario;
    }

    /** Wall-clock time at which scenario time 0 began (the load started). */
    public Instant start() {
        return start;
    }

    public double speed() {
        return speed;
    }

    /** Scenario time now; keeps counting past the scenario's end. */
    public Duration now() {
        return Duration.ofNanos((long) (Duration.between(start, clock.instant()).toNanos() * speed));
    }

    /** The wall-clock instant of a scenario time. */
    public Instant wallTime(Duration scenarioTime) {
        return start.plus(wallDelay(scenarioTime));
    }

    /** How long after the start, in wall-clock time, a scenario time falls. */
    public Duration wallDelay(Duration scenarioTime) {
        return Duration.ofNanos((long) (scenarioTime.toNanos() / speed));
    }

    /** Wall-clock onset of the ground-truth incident; empty for a scenario without one. */
    public Optional<Instant> onset() {
        Scenario.GroundTruth truth = scenario.groundTruth();
        return truth.isIncident() ? Optional.of(wallTime(truth.onset())) : Optional.empty();
    }

    /** Wall-clock resolution of the incident; empty when there is none or it is never resolved. */
    public Optional<Instant> resolution() {
        Scenario.GroundTruth truth = scenario.groundTruth();
        return truth.isIncident() && truth.resolution() != null ? Optional.of(wallTime(truth.resolution()))
                : Optional.empty();
    }

    /** Wall-clock end of the scenario's time line. */
    public Instant end() {
        return wallTime(scenario.duration());
    }

    /** True between onset and resolution. */
    public boolean incidentActive() {
        Instant now = clock.instant();
        return onset().map(o -> !now.isBefore(o)).orElse(false)
                && resolution().map(now::isBefore).orElse(true);
    }
}
