package io.sightline.lint;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The API the GUI's live pools view calls with a pool's JMX {@code PoolConfig} attributes. */
class LiveViewApiTest {
    private static final Map<String, Object> POOL_CONFIG = Map.of(
            "MaximumPoolSize", 50, "MinimumIdle", 50, "ConnectionTimeout", 30_000L, "IdleTimeout", 600_000L,
            "MaxLifetime", 1_800_000L, "LeakDetectionThreshold", 0L, "ValidationTimeout", 5_000L);

    @Test
    void liveAttributesAreLintedAgainstTheDatabaseLimits() {
        PoolConfiguration live = PoolConfiguration.fromJmx("jmx:127.0.0.1:9010", "shop", POOL_CONFIG);
        Facts facts = new Facts(4, 1, 200, 3, java.time.Duration.ofSeconds(10), null, null,
                List.of(new Facts.IdleLimit("MySQL wait_timeout", java.time.Duration.ofMinutes(10))));

        List<Finding> findings = new Linter().lint(live, facts);

        assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrder(
                "connection-budget", "connection-timeout-over-request-timeout");
        assertThat(findings).allSatisfy(f -> assertThat(f.location().file()).isEqualTo("jmx:127.0.0.1:9010"));
        assertThat(findings.get(0).message()).contains("50 x 4 instance(s) + 1 during a deploy surge = 250");
    }

    @Test
    void whatTheMBeanDoesNotExposeIsNotReportedAsMissing() {
        PoolConfiguration live = PoolConfiguration.fromJmx("jmx:1234", "shop", POOL_CONFIG);

        assertThat(new Linter().lint(live, Facts.none())).isEmpty();
    }
}
