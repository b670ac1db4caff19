package io.sightline.lint.rules;

import io.sightline.lint.Facts;
import io.sightline.lint.Finding;
import io.sightline.lint.HikariEffective;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.Millis;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * A connection can sit idle in the pool longer than something on the path allows (MySQL {@code wait_timeout},
 * PostgreSQL {@code idle_session_timeout}, PgBouncer {@code server_idle_timeout}, a load balancer's idle timeout):
 * maxLifetime is not a few seconds shorter, and no keepalive below the limit keeps the connection busy.
 */
public final class MaxLifetimeIdleLimitRule implements Rule {
    private static final long MARGIN_MS = 5_000;
    private static final RuleInfo INFO = new RuleInfo("max-lifetime-over-idle-limit", LintSeverity.ERROR,
            "Idle connections outlive the database's or network's idle limit", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        HikariEffective e = HikariEffective.of(pool);
        List<Finding> out = new ArrayList<>();
        for (Facts.IdleLimit limit : context.facts().idleLimits()) {
            long limitMs = limit.timeout().toMillis();
            boolean lifetimeTooLong = e.maxLifetime() == 0 || e.maxLifetime() > limitMs - MARGIN_MS;
            boolean keepaliveCovers = e.keepaliveTime() > 0 && e.keepaliveTime() < limitMs - MARGIN_MS;
            if (limitMs > 0 && lifetimeTooLong && !keepaliveCovers) {
                out.add(finding(pool, pool.locationOf(HikariKeys.MAX_LIFETIME), message(e, limit),
                        "Set maxLifetime a few seconds below " + Millis.human(limitMs) + " (e.g. maxLifetime="
                                + Math.max(30_000, limitMs - 30_000) + "), or keepaliveTime between 30000 and "
                                + (limitMs - MARGIN_MS) + " so idle connections are exercised before the limit."));
            }
        }
        return out;
    }

    private static String message(HikariEffective e, Facts.IdleLimit limit) {
        String lifetime = e.maxLifetime() == 0 ? "connections are never retired (maxLifetime=0)"
                : "maxLifetime is " + Millis.human(e.maxLifetime());
        String keepalive = e.keepaliveTime() == 0 ? "keepalive is off" : "keepaliveTime is " + Millis.human(e.keepaliveTime());
        return limit.name() + " closes connections idle for " + Millis.human(limit.timeout().toMillis()) + ", but "
                + lifetime + " and " + keepalive + ": a connection left idle in the pool is closed underneath it, and "
                + "the next borrower pays for a failed validation or gets 'connection reset' / 'This connection has "
                + "been closed' mid-request (a load balancer that drops silently makes it hang instead).";
    }
}
