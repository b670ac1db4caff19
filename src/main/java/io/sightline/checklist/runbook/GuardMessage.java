package io.sightline.checklist.runbook;

/**
 * The rabbit-hole guard speaking: the responder opened {@code stepId} while {@code hypothesisId} leads with
 * {@code score}. {@code text} carries the numbers that make the case.
 */
public record GuardMessage(String stepId, String hypothesisId, double score, String text) {
}
