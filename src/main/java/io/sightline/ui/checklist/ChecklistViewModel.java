package io.sightline.ui.checklist;

import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.Evidence;
import io.sightline.checklist.Format;
import io.sightline.checklist.LiveChecklist;
import io.sightline.checklist.hypothesis.HypothesisResult;
import io.sightline.checklist.runbook.ChecklistSession;
import io.sightline.checklist.runbook.GuardMessage;
import io.sightline.checklist.runbook.StepStatus;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * State of the checklist view: the runbook's steps with their evidence verdicts and the responder's marks, the
 * leading hypothesis, and the rabbit-hole guard's warning. FX thread only: {@link #update(Diagnosis)} is called
 * once per evaluation (every few seconds), never per sample.
 */
public final class ChecklistViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ChecklistSession session;
    private final Clock clock;
    private final ObservableList<StepItem> steps = FXCollections.observableArrayList();
    /** Kept, not made per call: the wrapper forwards changes weakly and would be collected with its listeners. */
    private final ObservableList<StepItem> readOnlySteps = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyStringWrapper leading = new ReadOnlyStringWrapper("Waiting for evidence…");
    private final ReadOnlyStringWrapper guard = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StepItem> selected = new ReadOnlyObjectWrapper<>();
    private Diagnosis diagnosis;

    public ChecklistViewModel(ChecklistSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /**
     * Follows a live checklist: each evaluation (every few seconds, on the engine's thread) is handed to the FX
     * thread once. The first diagnosis, if any, is shown at once.
     */
    public void follow(LiveChecklist live) {
        live.onDiagnosis(d -> Platform.runLater(() -> update(d)));
        if (live.latest() != null) {
            update(live.latest());
        }
    }

    /** A new evaluation arrived. */
    public void update(Diagnosis d) {
        diagnosis = d;
        HypothesisResult top = d.top();
        leading.set("Most likely: " + top.title() + " (" + top.id() + ", " + Format.score(top.score()) + ") since "
                + TIME.format(Instant.ofEpochMilli(d.topSince()).atZone(clock.getZone())));
        refreshSteps();
    }

    /** The responder opens a step: it becomes the selected one, and the guard may warn. */
    public void open(String stepId) {
        if (diagnosis == null) {
            return;
        }
        Optional<GuardMessage> warning = session.open(stepId, diagnosis);
        guard.set(warning.map(GuardMessage::text).orElse(""));
        refreshSteps();
        selected.set(find(stepId));
    }

    public void tick(String stepId) {
        session.tick(stepId, null);
        refreshSteps();
    }

    public void skip(String stepId) {
        session.skip(stepId, null);
        refreshSteps();
    }

    public void reopen(String stepId) {
        session.reopen(stepId);
        refreshSteps();
    }

    /** Adds a note to a step; blank text is ignored (the field simply stays empty). */
    public void annotate(String stepId, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        session.annotate(stepId, text);
        refreshSteps();
    }

    public void dismissGuard() {
        guard.set("");
    }

    public ObservableList<StepItem> steps() {
        return readOnlySteps;
    }

    public ReadOnlyStringProperty leadingProperty() {
        return leading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty guardProperty() {
        return guard.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StepItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private void refreshSteps() {
        if (diagnosis == null) {
            return;
        }
        List<StepItem> items = new ArrayList<>();
        int n = 1;
        for (StepStatus s : session.statuses(diagnosis, Math.max(diagnosis.time(), clock.millis()))) {
            items.add(item(n++, s));
        }
        steps.setAll(items);
        StepItem current = selected.get();
        selected.set(current == null ? null : find(current.id()));
    }

    private static StepItem item(int number, StepStatus s) {
        List<String> lines = s.evidence().stream().filter(Evidence::known).map(Evidence::text).toList();
        if (lines.isEmpty()) {
            lines = List.of("No data for this step yet.");
        }
        return new StepItem(s.step().id(), number, s.step().title(), s.step().category(), s.state(), s.mark(),
                s.summary(), lines, s.step().howTo(), s.notes());
    }

    private StepItem find(String id) {
        return steps.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
