package io.sightline.lint.rules;

import io.sightline.lint.Finding;
import io.sightline.lint.HikariEffective;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.Millis;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;

import java.util.List;

/** {@code maxLifetime} under 30 s (and not 0): HikariCP logs a warning and uses 30 min instead. */
public final class MaxLifetimeReplacedRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("max-lifetime-replaced", LintSeverity.WARNING,
            "maxLifetime under 30 s is replaced by 30 min", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        if (SuspectUnitRule.applies(pool, HikariKeys.MAX_LIFETIME)) {
            return List.of();
        }
        return HikariEffective.of(pool).adjustment(HikariKeys.MAX_LIFETIME).map(a -> List.of(finding(pool,
                pool.locationOf(HikariKeys.MAX_LIFETIME),
                pool.written(HikariKeys.MAX_LIFETIME, a.configured()) + " (" + Millis.human(a.configured())
                        + ") is under HikariCP's 30 s minimum, so HikariCP ignores it and retires connections after "
                        + Millis.human(a.effective()) + " (it logs '" + a.hikariLog() + "').",
                "Set it to at least 30000, and a few seconds below the shortest connection-time limit of the "
                        + "database or network; 0 disables retirement."))).orElse(List.of());
    }
}
