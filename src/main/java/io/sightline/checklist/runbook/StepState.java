package io.sightline.checklist.runbook;

/** What the evidence says about a step's question. */
public enum StepState {
    /** Its evidence is present: the answer is yes. */
    SUPPORTED,
    /** Its evidence was measured and is normal: the answer is no. */
    REFUTED,
    /** Not enough of its evidence could be measured. */
    UNKNOWN
}
