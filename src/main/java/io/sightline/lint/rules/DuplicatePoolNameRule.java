package io.sightline.lint.rules;

import io.sightline.lint.Finding;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;
import io.sightline.lint.Setting;

import java.util.List;
import java.util.Optional;

/**
 * Two pools deployed together with the same poolName: their log lines cannot be told apart, and with
 * registerMbeans the second pool's MBean registration fails ("JMX name (X) is already registered"), so it is
 * invisible over JMX. Reported on every pool after the first with that name.
 */
public final class DuplicatePoolNameRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("duplicate-pool-name", LintSeverity.ERROR,
            "Two pools share a poolName", RuleInfo.MBEANS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        Optional<String> name = poolName(pool);
        if (name.isEmpty()) {
            return List.of();
        }
        for (PoolConfiguration other : context.pools()) {
            if (other == pool) {
                return List.of();
            }
            if (poolName(other).equals(name)) {
                return List.of(finding(pool, pool.locationOf(HikariKeys.POOL_NAME),
                        "poolName '" + name.get() + "' is also used by the pool at "
                                + other.locationOf(HikariKeys.POOL_NAME).render() + ": HikariCP's log lines of the two "
                                + "pools cannot be told apart, and with registerMbeans the second pool fails to "
                                + "register ('JMX name (" + name.get() + ") is already registered'), so it is invisible "
                                + "to JMX monitoring exactly when you need to compare them.",
                        "Give every pool a unique poolName, named after its database or purpose (e.g. '" + name.get() + "-orders')."));
            }
        }
        return List.of();
    }

    private static Optional<String> poolName(PoolConfiguration pool) {
        return pool.setting(HikariKeys.POOL_NAME).flatMap(Setting::text).map(String::trim).filter(s -> !s.isEmpty());
    }
}
