package io.sightline.ui.sources;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

import java.io.File;

/** Asks for a log source: a file to follow, or a command whose output is the log. */
final class LogDialog extends Dialog<LogDialog.Request> {
    /** What the user asked for. */
    record Request(boolean command, String text) {
    }

    private static final String FILE = "Log file";
    private static final String COMMAND = "Command";

    LogDialog() {
        setTitle("Add a log source");
        setHeaderText("Follow a log file, or a command whose output is the log");
        ChoiceBox<String> kind = new ChoiceBox<>();
        kind.getItems().addAll(FILE, COMMAND);
        kind.setValue(FILE);
        TextField text = new TextField();
        text.setPrefColumnCount(40);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Log file to follow");
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                text.setText(f.getAbsolutePath());
            }
        });
        browse.disableProperty().bind(kind.valueProperty().isEqualTo(COMMAND));
        Label hint = new Label();
        hint.textProperty().bind(javafx.beans.binding.Bindings.when(kind.valueProperty().isEqualTo(COMMAND))
                .then("e.g. kubectl logs -f deploy/shop  ·  ssh db1 tail -F /var/log/app.log  ·  journalctl -fu shop")
                .otherwise("Followed from its start; rotation (rename or copytruncate) is followed, .1/.gz siblings read"));
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Source"), kind);
        grid.addRow(1, new Label("Path or command"), text, browse);
        grid.add(hint, 1, 2, 2, 1);
        GridPane.setHgrow(text, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(text.textProperty().isEmpty());
        setResultConverter(b -> b == ButtonType.OK ? new Request(kind.getValue().equals(COMMAND), text.getText().trim()) : null);
    }
}
