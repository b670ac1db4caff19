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
 * keepaliveTime under 30 s, or not below maxLifetime (including HikariCP's 2 min default against a short
 * maxLifetime): HikariCP disables keepalive, so idle connections are no longer pinged.
 */
public final class KeepaliveDisabledRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("keepalive-disabled", LintSeverity.WARNING,
            "keepaliveTime disabled by HikariCP", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        if (SuspectUnitRule.applies(pool, HikariKeys.KEEPALIVE_TIME)) {
            return List.of();
        }
        HikariEffective e = HikariEffective.of(pool);
        return e.adjustment(HikariKeys.KEEPALIVE_TIME).map(a -> {
            boolean written = pool.setting(HikariKeys.KEEPALIVE_TIME).isPresent();
            String what = (written ? pool.written(HikariKeys.KEEPALIVE_TIME, a.configured())
                    : "HikariCP's default keepaliveTime of " + Millis.human(a.configured()));
            String why = a.configured() < 30_000 ? "is under its 30 s minimum"
                    : "is not shorter than maxLifetime (" + Millis.human(e.maxLifetime()) + ")";
            return List.of(finding(pool, pool.locationOf(written ? HikariKeys.KEEPALIVE_TIME : HikariKeys.MAX_LIFETIME),
                    what + " " + why + ", so HikariCP disables keepalive ('" + a.hikariLog() + "'): idle connections "
                            + "are never pinged, and a firewall or load balancer that drops idle flows will hand the "
                            + "next borrower a dead connection.",
                    "Set keepaliveTime between 30000 and maxLifetime, below the shortest idle limit on the path "
                            + "(e.g. 60000 with maxLifetime=1800000)."));
        }).orElse(List.of());
    }
}
