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

/**
 * idleTimeout that HikariCP changes or ignores: within 1 s of maxLifetime (disabled), under 10 s (replaced by
 * 10 min), or set on a fixed-size pool where minimumIdle equals maximumPoolSize (no effect).
 */
public final class IdleTimeoutAdjustedRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("idle-timeout-adjusted", LintSeverity.WARNING,
            "idleTimeout changed or ignored by HikariCP", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        if (SuspectUnitRule.applies(pool, HikariKeys.IDLE_TIMEOUT) || pool.setting(HikariKeys.IDLE_TIMEOUT).isEmpty()) {
            return List.of();
        }
        HikariEffective e = HikariEffective.of(pool);
        String key = pool.keyFor(HikariKeys.IDLE_TIMEOUT);
        if (e.idleTimeoutIgnored()) {
            return List.of(finding(pool, pool.locationOf(HikariKeys.IDLE_TIMEOUT), LintSeverity.INFO,
                    key + " has no effect: minimumIdle equals maximumPoolSize (" + e.maximumPoolSize()
                            + "), so the pool is fixed-size and never retires idle connections (HikariCP logs "
                            + "'idleTimeout has been set but has no effect because the pool is operating as a fixed size pool').",
                    "Remove " + key + ", or set minimumIdle below maximumPoolSize if the pool should shrink when quiet."));
        }
        return e.adjustment(HikariKeys.IDLE_TIMEOUT).map(a -> List.of(finding(pool,
                pool.locationOf(HikariKeys.IDLE_TIMEOUT),
                pool.written(HikariKeys.IDLE_TIMEOUT, a.configured()) + " (" + Millis.human(a.configured()) + ") "
                        + (a.effective() == 0 ? "is within 1 s of maxLifetime (" + Millis.human(e.maxLifetime())
                        + "), so HikariCP disables idle retirement altogether"
                        : "is under HikariCP's 10 s minimum, so HikariCP uses " + Millis.human(a.effective()) + " instead")
                        + " ('" + a.hikariLog() + "').",
                "Set " + key + " to at least 10000 and at least 1 s below maxLifetime, or 0 to keep idle connections."
        ))).orElse(List.of());
    }
}
