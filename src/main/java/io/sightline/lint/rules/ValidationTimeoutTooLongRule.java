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

/** validationTimeout not shorter than connectionTimeout: one dead connection's check eats the caller's whole wait. */
public final class ValidationTimeoutTooLongRule implements Rule {
    private static final RuleInfo INFO = new RuleInfo("validation-timeout-too-long", LintSeverity.WARNING,
            "validationTimeout not shorter than connectionTimeout", RuleInfo.README);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PoolConfiguration pool, LintContext context) {
        if (!pool.complete() && pool.setting(HikariKeys.VALIDATION_TIMEOUT).isEmpty()) {
            return List.of(); // a live pool whose validationTimeout was not read: HikariCP's default is only a guess
        }
        HikariEffective e = HikariEffective.of(pool);
        if (e.validationTimeout() < e.connectionTimeout() || pool.setting(HikariKeys.VALIDATION_TIMEOUT).isEmpty()
                && pool.setting(HikariKeys.CONNECTION_TIMEOUT).isEmpty()) {
            return List.of();
        }
        String where = pool.setting(HikariKeys.VALIDATION_TIMEOUT).isPresent()
                ? HikariKeys.VALIDATION_TIMEOUT : HikariKeys.CONNECTION_TIMEOUT;
        return List.of(finding(pool, pool.locationOf(where),
                "validationTimeout (" + Millis.human(e.validationTimeout()) + ") is not shorter than connectionTimeout ("
                        + Millis.human(e.connectionTimeout()) + "): when the database stops answering, the aliveness "
                        + "check of a single idle connection can use up a caller's entire wait, so requests time out "
                        + "instead of getting the next, healthy connection.",
                "Keep validationTimeout well below connectionTimeout, e.g. validationTimeout=" 
                        + Math.max(250, Math.min(5000, e.connectionTimeout() / 4)) + "."));
    }
}
