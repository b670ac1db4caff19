package io.sightline.checklist.hypothesis;

import io.sightline.checklist.Evidence;

/**
 * How one piece of evidence bears on a hypothesis.
 *
 * @param role     FOR when its presence supports the hypothesis, AGAINST when its presence argues against it
 * @param weight   how much it counts (for: share of the score; against: how much of the score it can remove)
 * @param evidence the evidence as evaluated
 */
public record Contribution(Role role, double weight, Evidence evidence) {
    public enum Role { FOR, AGAINST }

    /** What it did to the score: weight × strength. */
    public double effect() {
        return weight * evidence.strength();
    }
}
