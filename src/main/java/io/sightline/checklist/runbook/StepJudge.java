package io.sightline.checklist.runbook;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.evidence.EvidenceSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides a step's state from its evidence: supported when any linked evidence is clearly present; refuted when at
 * least half of it was measured and none is even weakly present; unknown otherwise (so missing telemetry never
 * reads as "all clear").
 */
final class StepJudge {
    static final double SUPPORTED_AT = 0.5;
    static final double REFUTED_BELOW = 0.2;

    private StepJudge() {
    }

    static StepState judge(List<Evidence> linked) {
        double strongest = 0;
        int known = 0;
        for (Evidence e : linked) {
            strongest = Math.max(strongest, e.strength());
            known += e.known() ? 1 : 0;
        }
        if (strongest >= SUPPORTED_AT) {
            return StepState.SUPPORTED;
        }
        return known > 0 && 2 * known >= linked.size() && strongest < REFUTED_BELOW ? StepState.REFUTED : StepState.UNKNOWN;
    }

    /** The step's evidence, strongest first, then measured before unknown. */
    static List<Evidence> linked(Runbook.Step step, EvidenceSet evidence) {
        List<Evidence> out = new ArrayList<>();
        step.evidence().forEach(id -> out.add(evidence.get(id)));
        out.sort(Comparator.comparingDouble(Evidence::strength).reversed().thenComparing(e -> !e.known()));
        return out;
    }
}
