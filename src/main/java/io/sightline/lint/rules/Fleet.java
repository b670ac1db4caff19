package io.sightline.lint.rules;

import io.sightline.lint.HikariEffective;
import io.sightline.lint.LintContext;
import io.sightline.lint.PoolConfiguration;

import java.util.Comparator;

/** Fleet-wide arithmetic shared by the rules that look at all pools deployed together. */
final class Fleet {
    private Fleet() {
    }

    /** Connections one instance may open: the sum of every pool's effective maximumPoolSize. */
    static int connectionsPerInstance(LintContext ctx) {
        return ctx.pools().stream().mapToInt(p -> HikariEffective.of(p).maximumPoolSize()).sum();
    }

    /** True for the one pool a fleet-wide finding is reported on: the largest (the first of equals). */
    static boolean reportsOn(PoolConfiguration pool, LintContext ctx) {
        return ctx.pools().stream()
                .max(Comparator.comparingInt(p -> HikariEffective.of(p).maximumPoolSize()))
                .filter(largest -> largest == pool)
                .isPresent();
    }
}
