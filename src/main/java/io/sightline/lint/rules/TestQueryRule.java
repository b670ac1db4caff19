package io.sightline.lint.rules;

import io.sightline.lint.Driver;
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

/** connectionTestQuery with a JDBC4 driver: HikariCP's README strongly recommends Connection.isValid() instead. */
public final class TestQueryRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("test-query-with-jdbc4", LintSeverity.WARNING,
            "connectionTestQuery with a JDBC4 driver", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        Optional<Setting> query = pool.setting(HikariKeys.CONNECTION_TEST_QUERY).filter(s -> !s.value().isBlank());
        Optional<Driver> driver = Driver.of(pool);
        if (query.isEmpty() || driver.isEmpty()) {
            return List.of();
        }
        return List.of(finding(pool, query.get().location(),
                "connectionTestQuery '" + query.get().value() + "' is set, but the " + driver.get().product()
                        + " driver is JDBC4-compliant: HikariCP then runs this query (an extra round trip and statement "
                        + "parse) on every borrow of a connection idle for more than 500 ms instead of the driver's "
                        + "lighter Connection.isValid() ping, which also honours validationTimeout.",
                "Remove " + pool.keyFor(HikariKeys.CONNECTION_TEST_QUERY) + "; HikariCP only needs it for legacy "
                        + "drivers that do not implement Connection.isValid()."));
    }
}
