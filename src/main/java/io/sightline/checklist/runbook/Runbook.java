package io.sightline.checklist.runbook;

import java.util.List;

/**
 * An ordered checklist as data (YAML or JSON), so a team can write its own. See
 * {@code io/sightline/checklist/runbooks/database-first.yaml} for the built-in one.
 *
 * @param id    a short name, recorded with every responder action
 * @param title for people
 * @param guard when opening a step should warn that the evidence points elsewhere; null for none
 * @param steps in the order a responder should work through them
 */
public record Runbook(String id, String title, Guard guard, List<Step> steps) {
    public Runbook {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /**
     * One step.
     *
     * @param category   pool, database, network, infrastructure, jvm, application... (the guard keys on it)
     * @param evidence   evidence ids whose strength decides the step's own state
     * @param hypotheses hypothesis ids the step confirms or rules out
     * @param howTo      what to look at by hand
     */
    public record Step(String id, String title, String category, List<String> evidence, List<String> hypotheses, String howTo) {
        public Step {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
            hypotheses = hypotheses == null ? List.of() : List.copyOf(hypotheses);
            howTo = howTo == null ? "" : howTo;
        }
    }

    /**
     * The rabbit-hole guard: opening a step of one of {@code categories} while one of {@code hypotheses} scores at
     * least {@code minScore} (and leads) warns the responder, with the numbers.
     */
    public record Guard(List<String> categories, List<String> hypotheses, double minScore) {
        public Guard {
            categories = categories == null ? List.of() : List.copyOf(categories);
            hypotheses = hypotheses == null ? List.of() : List.copyOf(hypotheses);
        }
    }

    public Step step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("runbook " + id + " has no step '" + stepId + "'"));
    }
}
