package io.sightline.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public final class SightlineApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Sightline");
        stage.setScene(new Scene(new Label("Sightline"), 1280, 800));
        stage.show();
    }
}
