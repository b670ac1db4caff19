package io.sightline.lint.rules;

import io.sightline.lint.Finding;
import io.sightline.lint.HikariEffective;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;

import java.util.List;

/** minimumIdle above maximumPoolSize: HikariCP silently lowers it, which usually means a size was mistyped. */
public final class MinimumIdleClampedRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("minimum-idle-clamped", LintSeverity.WARNING,
            "minimumIdle above maximumPoolSize", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        return HikariEffective.of(pool).adjustment(HikariKeys.MINIMUM_IDLE).map(a -> List.of(finding(pool,
                pool.locationOf(HikariKeys.MINIMUM_IDLE),
                pool.written(HikariKeys.MINIMUM_IDLE, a.configured()) + " is above "
                        + pool.keyFor(HikariKeys.MAXIMUM_POOL_SIZE) + " (" + a.effective() + "); HikariCP silently uses "
                        + a.effective() + ", so the pool is fixed at " + a.effective()
                        + " connections. One of the two numbers is probably not what was intended.",
                "Set minimumIdle to at most maximumPoolSize; HikariCP recommends leaving it unset (a fixed-size pool)."
        ))).orElse(List.of());
    }
}
