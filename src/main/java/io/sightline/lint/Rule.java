package io.sightline.lint;

import java.util.List;

/**
 * One review rule. A rule is a tiny class: it looks at one pool (and, for fleet-wide rules, at its siblings in
 * {@link LintContext#pools()}) and returns its findings; it never throws on odd input.
 */
public interface Rule {
    RuleInfo info();

    List<Finding> check(PoolConfiguration pool, LintContext context);

    /** A finding of this rule at {@code location}. */
    default Finding finding(PoolConfiguration pool, Location location, String message, String fix) {
        return finding(pool, location, info().severity(), message, fix);
    }

    default Finding finding(PoolConfiguration pool, Location location, LintSeverity severity, String message, String fix) {
        return new Finding(info().id(), severity, pool.label(), location, message, fix, info().helpUri());
    }
}
