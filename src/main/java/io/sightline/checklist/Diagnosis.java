package io.sightline.checklist;

import io.sightline.checklist.evidence.EvidenceSet;
import io.sightline.checklist.hypothesis.HypothesisResult;

import java.util.List;
import java.util.Optional;

/**
 * The engine's answer at one instant.
 *
 * @param time       the instant evaluated (clock or playhead), epoch ms
 * @param evidence   every evidence computed
 * @param ranked     hypotheses by score, best first
 * @param topSince   when the current top hypothesis first became top (and has stayed top since), epoch ms
 */
public record Diagnosis(long time, EvidenceSet evidence, List<HypothesisResult> ranked, long topSince) {
    public Diagnosis {
        ranked = List.copyOf(ranked);
    }

    public HypothesisResult top() {
        return ranked.get(0);
    }

    public Optional<HypothesisResult> hypothesis(String id) {
        return ranked.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** 1-based rank of a hypothesis, or -1. */
    public int rankOf(String id) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        return -1;
    }
}
