package io.sightline.ui.checklist;

import io.sightline.checklist.runbook.ResponderMark;
import io.sightline.checklist.runbook.StepState;

import java.util.List;

/**
 * One row of the checklist as the view shows it: immutable, so a refresh replaces rows rather than mutating them.
 *
 * @param evidence one line per linked evidence, strongest first
 */
public record StepItem(String id, int number, String title, String category, StepState state, ResponderMark mark,
                       String summary, List<String> evidence, String howTo, List<String> notes) {
    public StepItem {
        evidence = List.copyOf(evidence);
        notes = List.copyOf(notes);
    }
}
