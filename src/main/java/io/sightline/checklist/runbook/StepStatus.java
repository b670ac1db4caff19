package io.sightline.checklist.runbook;

import io.sightline.checklist.Evidence;

import java.util.List;

/**
 * One step of a runbook at one instant: the evidence's verdict and the responder's.
 *
 * @param evidence the step's linked evidence, strongest first
 * @param notes    the responder's annotations on this step, oldest first
 */
public record StepStatus(Runbook.Step step, StepState state, List<Evidence> evidence, ResponderMark mark, List<String> notes) {
    public StepStatus {
        evidence = List.copyOf(evidence);
        notes = List.copyOf(notes);
    }

    /** The headline: the strongest present evidence's text, else the first known one's, else why it is unknown. */
    public String summary() {
        return evidence.isEmpty() ? "" : evidence.get(0).text();
    }
}
