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
    private static final long VALIDATION_FLOOR = 250;
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
                fix(e.connectionTimeout())));
    }

    /** HikariCP refuses a validationTimeout under 250 ms, so a connectionTimeout under 1 s has to grow instead. */
    static String fix(long connectionTimeout) {
        if (connectionTimeout / 4 < VALIDATION_FLOOR) {
            return "validationTimeout cannot go below " + VALIDATION_FLOOR + " ms (HikariCP's floor), so give callers "
                    + "room for one failed check and a retry: connectionTimeout=" + 4 * VALIDATION_FLOOR
                    + " with validationTimeout=" + VALIDATION_FLOOR + ".";
        }
        return "Keep validationTimeout well below connectionTimeout, e.g. validationTimeout="
                + Math.min(5000, connectionTimeout / 4) + ".";
    }
}
