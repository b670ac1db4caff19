package io.sightline.checklist.hypothesis;

import java.util.Comparator;
import java.util.List;

/**
 * A hypothesis as scored at one instant.
 *
 * @param id           an id from DESIGN.md ({@code pool-undersized}, ...)
 * @param title        one line for people
 * @param score        0..1
 * @param contributions every piece of evidence it weighed, strongest effect first
 * @param toConfirm    what a human should check by hand to confirm it
 */
public record HypothesisResult(String id, String title, double score, List<Contribution> contributions,
                               List<String> toConfirm) {
    public HypothesisResult {
        contributions = contributions.stream().sorted(Comparator.comparingDouble(Contribution::effect).reversed()).toList();
        toConfirm = List.copyOf(toConfirm);
    }

    public List<Contribution> supporting() {
        return contributions.stream().filter(c -> c.role() == Contribution.Role.FOR && c.effect() > 0).toList();
    }

    public List<Contribution> opposing() {
        return contributions.stream().filter(c -> c.role() == Contribution.Role.AGAINST && c.effect() > 0).toList();
    }
}
