package io.sightline.checklist.runbook;

/** What the responder did with a step. */
public enum ResponderMark {
    OPEN, TICKED, SKIPPED
}
