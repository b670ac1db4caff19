package io.sightline.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.List;

/** Lists the keyboard shortcuts (F1). */
final class HelpDialog {
    /** Shortcut and what it does, in the order a responder needs them. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"F1", "This list of shortcuts"},
            new String[] {"Ctrl+T", "Switch dark / light theme"},
            new String[] {"Ctrl+O", "Open a capture in a replay window"},
            new String[] {"Ctrl+S", "Save the visible range or the whole recording as a capture"},
            new String[] {"Space / Alt+Left / Alt+Right", "Replay: play or pause / previous / next event"},
            new String[] {"Ctrl+Q", "Quit (stops the demo and every process Sightline started)"},
            new String[] {"Mouse wheel on a chart", "Zoom all panels around the pointer"},
            new String[] {"Drag on a chart", "Box zoom"},
            new String[] {"Click on a chart", "Lock / unlock the crosshair"},
            new String[] {"Esc", "Reset zoom"});

    private HelpDialog() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Label key = new Label(SHORTCUTS.get(i)[0]);
            key.setStyle("-fx-font-weight: bold;");
            grid.addRow(i, key, new Label(SHORTCUTS.get(i)[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        Dialogs.ownedBy(alert, owner);
        alert.setTitle("Sightline — keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
