package io.sightline.lint.rules;

import io.sightline.lint.Finding;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;

import java.util.List;

/** connectionTimeout=0: HikariCP waits Integer.MAX_VALUE ms (24.8 days) for a connection. */
public final class ConnectionTimeoutInfiniteRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("connection-timeout-infinite", LintSeverity.WARNING,
            "connectionTimeout=0 waits forever", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        return pool.number(HikariKeys.CONNECTION_TIMEOUT).filter(v -> v == 0).map(v -> List.of(finding(pool,
                pool.locationOf(HikariKeys.CONNECTION_TIMEOUT),
                pool.written(HikariKeys.CONNECTION_TIMEOUT, 0) + " means wait forever: HikariCP uses Integer.MAX_VALUE "
                        + "ms (24.8 days). When the pool is exhausted or the database is down, request threads block "
                        + "indefinitely instead of failing, and the service hangs rather than erroring.",
                "Set a finite timeout below the upstream request timeout, e.g. 5000."))).orElse(List.of());
    }
}
