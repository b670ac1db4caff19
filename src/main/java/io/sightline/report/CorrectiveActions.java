package io.sightline.report;

import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.hypothesis.HypothesisResult;
import io.sightline.lint.Facts;
import io.sightline.lint.Finding;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The postmortem's "Corrective and preventive actions": every pool-lint finding as a concrete change (rule id, where,
 * what is wrong with the numbers, the suggested value), then what keeps it from recurring, then what to confirm
 * before the report goes out.
 */
final class CorrectiveActions {
    private static final String POOL_UNDERSIZED = "pool-undersized";

    private final Diagnosis diagnosis;
    private final List<Finding> lint;
    private final Optional<Facts.Load> load;

    CorrectiveActions(Diagnosis diagnosis, List<Finding> lint, Optional<Facts.Load> load) {
        this.diagnosis = diagnosis;
        this.load = load;
        this.lint = lint.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    }

    void append(StringBuilder md) {
        HypothesisResult top = diagnosis.top();
        md.append("## Corrective and preventive actions\n\n");
        if (!lint.isEmpty()) {
            md.append("**Corrective** (from `sightline lint` on the pool configuration):\n\n");
            lint.forEach(f -> md.append("- [ ] ").append(action(f)).append('\n'));
            md.append('\n');
        }
        if (top.id().equals(POOL_UNDERSIZED) || !lint.isEmpty()) {
            md.append("**Preventive:**\n\n");
            md.append("- [ ] Lint every pool configuration in CI: `").append(lintCommand()).append("` fails the build on ")
                    .append("error findings\n")
                    .append("- [ ] Run `sightline pool-test` with the configuration of each release before it is deployed\n")
                    .append("- [ ] Alert when ThreadsAwaitingConnection > 0 for more than a minute\n\n");
        }
        if (!top.toConfirm().isEmpty()) {
            md.append("**To confirm before sending:**\n\n");
            top.toConfirm().forEach(c -> md.append("- [ ] ").append(c).append('\n'));
            md.append('\n');
        }
    }

    /** One finding as an action: the rule and where, what is wrong with the numbers, then the change to make. */
    static String action(Finding f) {
        String where = f.location().line() > 0 ? "`" + f.location().render() + "`" : f.location().file();
        return "`" + f.ruleId() + "` (" + f.severity().label() + "), pool " + f.pool() + ", " + where + ": " + f.message()
                + "\n  **Do:** " + f.fix() + (f.helpUri() == null ? "" : " ([why](" + f.helpUri() + "))");
    }

    /** {@code sightline lint} with the load this capture measured, so CI checks the pool against real traffic. */
    private String lintCommand() {
        return "sightline lint <pool config>" + load.map(l -> String.format(Locale.ROOT, " --load-rate %.0f --hold-time %dms",
                l.ratePerSecond(), Math.max(1, Math.round(l.hold().toNanos() / 1e6)))).orElse("");
    }
}
