package io.sightline.lint;

import java.util.List;

/** What a rule may consult besides the pool itself: the outside facts and every pool deployed alongside it. */
public record LintContext(Facts facts, List<PoolConfiguration> pools) {
    public LintContext {
        pools = List.copyOf(pools);
    }
}
