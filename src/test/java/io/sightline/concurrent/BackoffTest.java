package io.sightline.concurrent;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {
    private final Backoff policy = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(4));

    @Test
    void delaysDoubleUpToTheCapAndStartOverAfterASuccess() {
        Backoff.Delays d = policy.delays();
        assertThat(new long[] {d.nextMillis(), d.nextMillis(), d.nextMillis(), d.nextMillis(), d.nextMillis(), d.nextMillis()})
                .containsExactly(500, 1000, 2000, 4000, 4000, 4000);
        d.reset();
        assertThat(d.nextMillis()).isEqualTo(500);
    }

    @Test
    void aRunThatLastedAtLeastTheCapCountsAsHealthy() {
        assertThat(policy.next(Duration.ofSeconds(2), Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.next(Duration.ofSeconds(2), Duration.ofSeconds(4))).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.next(null, Duration.ZERO)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void contradictorySettingsFailFast() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1))).hasMessageContaining("initial <= max");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).hasMessageContaining("0 < initial");
    }
}
