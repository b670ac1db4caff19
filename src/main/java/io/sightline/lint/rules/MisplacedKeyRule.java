package io.sightline.lint.rules;

import io.sightline.lint.Finding;
import io.sightline.lint.LintContext;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Rule;
import io.sightline.lint.RuleInfo;
import io.sightline.lint.StrayKey;

import java.util.List;

/** A real pool property one level too high, e.g. {@code spring.datasource.maximum-pool-size}: silently ignored. */
public final class MisplacedKeyRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("misplaced-key", LintSeverity.ERROR,
            "Pool property under the wrong prefix", RuleInfo.SPRING_BOOT);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        return pool.strayKeys().stream().filter(StrayKey::misplaced).map(k -> finding(pool, k.location(),
                "'" + k.prefix() + "." + k.name() + "' is a HikariCP setting under the wrong prefix: Spring Boot only "
                        + "passes '" + k.hikariPrefix() + ".*' to the pool and silently ignores this key, so the pool "
                        + "runs with HikariCP's default for it.",
                "Move it to '" + k.hikariPrefix() + "." + k.name() + "'.")).toList();
    }
}
