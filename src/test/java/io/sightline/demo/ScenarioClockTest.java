package io.sightline.demo;

import io.sightline.demo.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioClockTest {
    private static final Instant START = Instant.parse("2026-11-27T03:00:00Z");

    @Test
    void speedCompressesTheTimeLine() {
        ScenarioClock clock = clockAt(START.plusSeconds(10), 4);

        assertThat(clock.now()).isEqualTo(Duration.ofSeconds(40));
        assertThat(clock.onset()).contains(START.plusMillis(35_000 / 4));
        assertThat(clock.resolution()).contains(START.plusMillis(170_000 / 4));
        assertThat(clock.end()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void theIncidentIsActiveBetweenOnsetAndResolution() {
        assertThat(clockAt(START.plusSeconds(34), 1).incidentActive()).isFalse();
        assertThat(clockAt(START.plusSeconds(35), 1).incidentActive()).isTrue();
        assertThat(clockAt(START.plusSeconds(169), 1).incidentActive()).isTrue();
        assertThat(clockAt(START.plusSeconds(170), 1).incidentActive()).isFalse();
    }

    @Test
    void aHealthyScenarioHasNoOnset() {
        ScenarioClock clock = new ScenarioClock(Clock.fixed(START, ZoneOffset.UTC), START, 1,
                new ScenarioLoader().load("healthy"));

        assertThat(clock.onset()).isEmpty();
        assertThat(clock.incidentActive()).isFalse();
    }

    private static ScenarioClock clockAt(Instant now, double speed) {
        return new ScenarioClock(Clock.fixed(now, ZoneOffset.UTC), START, speed,
                new ScenarioLoader().load("pool-misconfig"));
    }
}
