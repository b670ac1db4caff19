package io.sightline.lint.rules;

import io.sightline.lint.Finding;
import io.sightline.lint.HikariEffective;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;

import java.util.List;

/**
 * {@code connectionTimeout} or {@code validationTimeout} below HikariCP's 250 ms floor: since HikariCP 5 the
 * setters throw ({@code "connectionTimeout cannot be less than 250ms"}), so the pool never starts. One instance
 * of this class per property.
 */
public final class TimeoutFloorRule implements Rule {
    private final RuleInfo info;
    private final String property;

    public TimeoutFloorRule(String id, String property) {
        this.info = new RuleInfo(id, LintSeverity.ERROR, property + " below HikariCP's 250 ms floor", RuleInfo.README);
        this.property = property;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        return pool.number(property)
                .filter(v -> v != 0 && v < HikariEffective.SOFT_TIMEOUT_FLOOR)
                .filter(v -> !SuspectUnitRule.applies(pool, property))
                .map(v -> List.of(finding(pool, pool.locationOf(property),
                        pool.written(property, v) + " ms is below HikariCP's floor of 250 ms: HikariCP 7.1.0 throws "
                                + "'" + property + " cannot be less than 250ms' while configuring the pool, so the "
                                + "service does not start.",
                        "Use at least 250; for a fail-fast pool 250-1000 ms is reasonable.")))
                .orElse(List.of());
    }
}
