package io.sightline.ui.checklist;

import io.sightline.checklist.runbook.ResponderMark;
import io.sightline.checklist.runbook.StepState;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** One step: its state as a coloured pill, number and title, the headline evidence, and the responder's mark. */
final class StepCell extends ListCell<StepItem> {
    /** Room for the state pill, spacing and the list's scroll bar. */
    private static final double STATE_AND_SCROLLBAR = 130;
    private final Label state = new Label();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label mark = new Label();
    private final HBox box;

    StepCell() {
        state.getStyleClass().add(ChecklistStyles.STEP_STATE);
        title.getStyleClass().add(ChecklistStyles.STEP_TITLE);
        summary.getStyleClass().add(ChecklistStyles.STEP_SUMMARY);
        mark.getStyleClass().add(ChecklistStyles.STEP_MARK);
        mark.setMinWidth(Region.USE_PREF_SIZE); // "[ticked]" in full; the title wraps instead
        state.setMinWidth(Region.USE_PREF_SIZE);
        title.setWrapText(true);
        summary.setWrapText(true);
        VBox text = new VBox(2, new HBox(8, title, mark), summary);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        box = new HBox(8, state, text);
        // Wrap to the list's width (not the cell's, which is 0 before layout and would wrap every word).
        listViewProperty().addListener((obs, old, list) -> {
            if (list != null) {
                text.prefWidthProperty().bind(list.widthProperty().subtract(STATE_AND_SCROLLBAR));
            }
        });
    }

    @Override
    protected void updateItem(StepItem item, boolean empty) {
        super.updateItem(item, empty);
        boolean done = !empty && item != null && item.mark() != ResponderMark.OPEN;
        if (done != getStyleClass().contains(ChecklistStyles.STEP_DONE)) {
            if (done) {
                getStyleClass().add(ChecklistStyles.STEP_DONE);
            } else {
                getStyleClass().remove(ChecklistStyles.STEP_DONE);
            }
        }
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        String stateClass = ChecklistStyles.of(item.state());
        // Only touch the classes when the state changed: a refresh every few seconds must not restyle every pill.
        if (!state.getStyleClass().contains(stateClass)) {
            state.getStyleClass().removeIf(c -> c.startsWith("sl-step-") && !c.equals(ChecklistStyles.STEP_STATE));
            state.getStyleClass().add(stateClass);
        }
        state.setText(item.state().name());
        title.setText(item.number() + ". " + item.title());
        summary.setText(item.state() == StepState.UNKNOWN && item.summary().isEmpty() ? "No data yet" : item.summary());
        mark.setText(item.mark() == ResponderMark.OPEN ? "" : "[" + item.mark().name().toLowerCase(Locale.ROOT) + "]");
        setText(null);
        setGraphic(box);
    }
}
