package io.sightline.checklist.runbook;

import io.sightline.checklist.Diagnosis;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A responder working through a runbook. Every action is an event in the store's log (the incident timeline, recorded
 * into the capture), and the responder's marks are read back from those events, so a replayed capture shows the
 * checklist as it stood at the playhead and nothing is kept only in memory.
 */
public final class ChecklistSession {
    public static final String SOURCE = "checklist";
    public static final String ATTR_RUNBOOK = "runbook";
    public static final String ATTR_STEP = "step";
    public static final String ATTR_ACTION = "action";
    public static final String ATTR_NOTE = "note";
    public static final String ACTION_OPEN = "open";
    public static final String ACTION_TICK = "tick";
    public static final String ACTION_SKIP = "skip";
    public static final String ACTION_REOPEN = "reopen";

    private final Runbook runbook;
    private final SeriesStore store;
    private final Clock clock;
    private final RabbitHoleGuard guard;

    public ChecklistSession(Runbook runbook, SeriesStore store, Clock clock) {
        this.runbook = runbook;
        this.store = store;
        this.clock = clock;
        this.guard = new RabbitHoleGuard(runbook);
    }

    public Runbook runbook() {
        return runbook;
    }

    /** Every step's state from {@code d} and the responder's marks and notes up to {@code d}'s time. */
    public List<StepStatus> statuses(Diagnosis d) {
        return statuses(d, d.time());
    }

    /**
     * As above with the responder's marks up to {@code asOf}: live, actions taken since the last evaluation show at
     * once; in replay, {@code asOf} is the playhead.
     */
    public List<StepStatus> statuses(Diagnosis d, long asOf) {
        Map<String, ResponderMark> marks = new HashMap<>();
        Map<String, List<String>> notes = new HashMap<>();
        for (Event e : store.events().between(Long.MIN_VALUE, asOf + 1)) {
            if (!runbook.id().equals(e.attribute(ATTR_RUNBOOK)) || e.attribute(ATTR_STEP) == null) {
                continue;
            }
            String step = e.attribute(ATTR_STEP);
            if (e.kind().equals(EventKinds.NOTE)) {
                notes.computeIfAbsent(step, k -> new ArrayList<>()).add(e.text());
            } else if (e.kind().equals(EventKinds.CHECKLIST_ACTION)) {
                markFrom(e.attribute(ATTR_ACTION)).ifPresent(m -> marks.put(step, m));
            }
        }
        List<StepStatus> out = new ArrayList<>();
        for (Runbook.Step s : runbook.steps()) {
            var linked = StepJudge.linked(s, d.evidence());
            out.add(new StepStatus(s, StepJudge.judge(linked), linked, marks.getOrDefault(s.id(), ResponderMark.OPEN),
                    notes.getOrDefault(s.id(), List.of())));
        }
        return out;
    }

    /** The responder opens a step; returns the guard's warning when the evidence says it can wait. */
    public Optional<GuardMessage> open(String stepId, Diagnosis d) {
        Runbook.Step step = runbook.step(stepId);
        record(ACTION_OPEN, step, "Opened: " + step.title(), null);
        Map<String, ResponderMark> done = new HashMap<>();
        statuses(d, Math.max(d.time(), clock.millis())).forEach(s -> done.put(s.step().id(), s.mark()));
        Optional<GuardMessage> warning = guard.check(step, d, id -> done.get(id) != ResponderMark.OPEN);
        warning.ifPresent(w -> store.events().add(new Event(clock.millis(), SOURCE, EventKinds.CHECKLIST_GUARD,
                Severity.WARN, w.text(), Map.of(ATTR_RUNBOOK, runbook.id(), ATTR_STEP, stepId, "hypothesis", w.hypothesisId()))));
        return warning;
    }

    public void tick(String stepId, String note) {
        Runbook.Step step = runbook.step(stepId);
        record(ACTION_TICK, step, "Ticked: " + step.title(), note);
    }

    public void skip(String stepId, String reason) {
        Runbook.Step step = runbook.step(stepId);
        record(ACTION_SKIP, step, "Skipped: " + step.title(), reason);
    }

    public void reopen(String stepId) {
        Runbook.Step step = runbook.step(stepId);
        record(ACTION_REOPEN, step, "Reopened: " + step.title(), null);
    }

    /** A note on a step, in the timeline. */
    public void annotate(String stepId, String text) {
        Runbook.Step step = runbook.step(stepId);
        requireText(text);
        store.events().add(new Event(clock.millis(), SOURCE, EventKinds.NOTE, Severity.INFO, text.strip(),
                Map.of(ATTR_RUNBOOK, runbook.id(), ATTR_STEP, step.id())));
    }

    /** A note on the incident as a whole, in the timeline. */
    public void note(String text) {
        requireText(text);
        store.events().add(new Event(clock.millis(), SOURCE, EventKinds.NOTE, Severity.INFO, text.strip(),
                Map.of(ATTR_RUNBOOK, runbook.id())));
    }

    private void record(String action, Runbook.Step step, String text, String note) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put(ATTR_RUNBOOK, runbook.id());
        attrs.put(ATTR_STEP, step.id());
        attrs.put(ATTR_ACTION, action);
        String line = text;
        if (note != null && !note.isBlank()) {
            attrs.put(ATTR_NOTE, note.strip());
            line = text + " — " + note.strip();
        }
        store.events().add(new Event(clock.millis(), SOURCE, EventKinds.CHECKLIST_ACTION, Severity.INFO, line, attrs));
    }

    private static Optional<ResponderMark> markFrom(String action) {
        if (action == null) {
            return Optional.empty();
        }
        return switch (action) {
            case ACTION_TICK -> Optional.of(ResponderMark.TICKED);
            case ACTION_SKIP -> Optional.of(ResponderMark.SKIPPED);
            case ACTION_REOPEN -> Optional.of(ResponderMark.OPEN);
            default -> Optional.empty();
        };
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note needs text");
        }
    }
}
