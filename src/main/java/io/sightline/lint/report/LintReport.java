package io.sightline.lint.report;

import io.sightline.lint.Finding;
import io.sightline.lint.LintSeverity;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.RuleInfo;

import java.util.List;

/** Everything a lint run produced: the pools read, the rules applied, the findings. */
public record LintReport(List<PoolConfiguration> pools, List<RuleInfo> rules, List<Finding> findings) {
    public LintReport {
        pools = List.copyOf(pools);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    public long count(LintSeverity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean failed() {
        return count(LintSeverity.ERROR) > 0;
    }
}
