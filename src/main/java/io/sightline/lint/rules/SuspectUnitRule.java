package io.sightline.lint.rules;

import io.sightline.lint.Finding;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.Millis;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;
import io.sightline.lint.Setting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A duration written as a bare number that only makes sense in seconds ({@code connectionTimeout=30}):
 * HikariCP reads milliseconds, and every such value falls below a floor where HikariCP refuses or replaces it.
 */
public final class SuspectUnitRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("suspect-unit", LintSeverity.ERROR,
            "Duration almost certainly in seconds, read as milliseconds", RuleInfo.README);

    /** Below these HikariCP 7.1.0 refuses (connection/validation timeout) or replaces/disables the value. */
    private static final Map<String, Long> FLOORS = Map.of(
            HikariKeys.CONNECTION_TIMEOUT, 250L, HikariKeys.VALIDATION_TIMEOUT, 250L,
            HikariKeys.IDLE_TIMEOUT, 10_000L, HikariKeys.MAX_LIFETIME, 30_000L,
            HikariKeys.KEEPALIVE_TIME, 30_000L, HikariKeys.LEAK_DETECTION_THRESHOLD, 2_000L);

    private static final Map<String, String> CONSEQUENCES = Map.of(
            HikariKeys.CONNECTION_TIMEOUT, "HikariCP refuses values under 250 ms ('connectionTimeout cannot be less than 250ms') and the pool never starts",
            HikariKeys.VALIDATION_TIMEOUT, "HikariCP refuses values under 250 ms ('validationTimeout cannot be less than 250ms') and the pool never starts",
            HikariKeys.IDLE_TIMEOUT, "HikariCP replaces idle timeouts under 10 s with its default of 10 min",
            HikariKeys.MAX_LIFETIME, "HikariCP replaces a maxLifetime under 30 s with its default of 30 min",
            HikariKeys.KEEPALIVE_TIME, "HikariCP disables keepalive below 30 s",
            HikariKeys.LEAK_DETECTION_THRESHOLD, "HikariCP disables leak detection below 2 s");

    /** The longest value, read as seconds, that is still a plausible setting for the property. */
    private static final Map<String, Long> MAX_SECONDS = Map.of(
            HikariKeys.CONNECTION_TIMEOUT, 300L, HikariKeys.VALIDATION_TIMEOUT, 60L,
            HikariKeys.IDLE_TIMEOUT, 7_200L, HikariKeys.MAX_LIFETIME, 7_200L,
            HikariKeys.KEEPALIVE_TIME, 3_600L, HikariKeys.LEAK_DETECTION_THRESHOLD, 3_600L);

    /**
     * True when {@code property} is a bare number HikariCP would refuse or replace, and which read as seconds is
     * a plausible setting ({@code maxLifetime=1800}); other small values are left to the clamp rules.
     */
    public static boolean applies(PoolConfiguration pool, String property) {
        return bareNumber(pool, property).filter(v -> v > 0 && v < FLOORS.getOrDefault(property, 0L)
                && v * 1000 >= FLOORS.get(property) && v <= MAX_SECONDS.get(property)).isPresent();
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (String property : FLOORS.keySet()) {
            if (applies(pool, property)) {
                long v = bareNumber(pool, property).orElseThrow();
                out.add(finding(pool, pool.locationOf(property),
                        pool.written(property, v) + " is " + Millis.human(v) + ", not " + Millis.human(v * 1000)
                                + ": HikariCP durations are milliseconds. " + CONSEQUENCES.get(property) + ".",
                        "Write " + pool.written(property, v * 1000) + " for " + Millis.human(v * 1000) + "."));
            }
        }
        return out;
    }

    private static Optional<Long> bareNumber(PoolConfiguration pool, String property) {
        return pool.setting(property).flatMap(Setting::text).map(String::trim)
                .filter(t -> t.matches("\\d+")).map(Long::parseLong);
    }
}
