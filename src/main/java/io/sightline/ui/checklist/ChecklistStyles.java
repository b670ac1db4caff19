package io.sightline.ui.checklist;

import io.sightline.checklist.runbook.StepState;

/** Style-class names of the checklist view, shared with {@code css/checklist.css}. */
final class ChecklistStyles {
    static final String STYLESHEET = "/css/checklist.css";
    static final String FXML = "/fxml/checklist.fxml";
    static final String STEP_TITLE = "sl-step-title";
    static final String STEP_SUMMARY = "sl-step-summary";
    static final String STEP_STATE = "sl-step-state";
    static final String STEP_MARK = "sl-step-mark";
    static final String STEP_DONE = "sl-step-done";

    private ChecklistStyles() {
    }

    static String of(StepState state) {
        return switch (state) {
            case SUPPORTED -> "sl-step-supported";
            case REFUTED -> "sl-step-refuted";
            case UNKNOWN -> "sl-step-unknown";
        };
    }
}
