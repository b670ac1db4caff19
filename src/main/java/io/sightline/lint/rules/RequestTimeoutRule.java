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

/** connectionTimeout longer than the request timeout upstream: callers give up while threads keep waiting. */
public final class RequestTimeoutRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("connection-timeout-over-request-timeout", LintSeverity.WARNING,
            "connectionTimeout longer than the upstream request timeout", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        if (context.facts().requestTimeout() == null) {
            return List.of();
        }
        long request = context.facts().requestTimeout().toMillis();
        long wait = HikariEffective.of(pool).connectionTimeout();
        if (wait <= request) {
            return List.of();
        }
        return List.of(finding(pool, pool.locationOf(HikariKeys.CONNECTION_TIMEOUT),
                "connectionTimeout is " + Millis.human(wait) + " but the request upstream times out after "
                        + Millis.human(request) + ": when the pool is exhausted the caller has already given up, yet "
                        + "the request thread keeps waiting for a connection; threads pile up, the server stops "
                        + "accepting work, and retries add more waiters.",
                "Set connectionTimeout below the request timeout, e.g. " + Math.max(250, request / 2)
                        + ", so a starved request fails fast with a clear pool-timeout error."));
    }
}
