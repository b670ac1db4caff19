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

/** leakDetectionThreshold under 2 s or above maxLifetime: HikariCP switches leak detection off. */
public final class LeakDetectionDisabledRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("leak-detection-disabled", LintSeverity.WARNING,
            "leakDetectionThreshold disabled by HikariCP", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        if (SuspectUnitRule.applies(pool, HikariKeys.LEAK_DETECTION_THRESHOLD)) {
            return List.of();
        }
        HikariEffective e = HikariEffective.of(pool);
        return e.adjustment(HikariKeys.LEAK_DETECTION_THRESHOLD).map(a -> List.of(finding(pool,
                pool.locationOf(HikariKeys.LEAK_DETECTION_THRESHOLD),
                pool.written(HikariKeys.LEAK_DETECTION_THRESHOLD, a.configured()) + " (" + Millis.human(a.configured()) + ") is "
                        + (a.configured() < 2000 ? "under HikariCP's 2 s minimum"
                        : "longer than maxLifetime (" + Millis.human(e.maxLifetime()) + ")")
                        + ", so HikariCP turns leak detection off ('" + a.hikariLog() + "'): a connection that is "
                        + "never returned will go unreported until the pool runs dry.",
                "Set it between 2000 and maxLifetime, a little above your slowest legitimate transaction (e.g. 60000)."
        ))).orElse(List.of());
    }
}
