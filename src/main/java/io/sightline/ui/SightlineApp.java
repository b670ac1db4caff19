package io.sightline.ui;

import io.sightline.AppContext;
import io.sightline.cli.DurationConverter;
import io.sightline.session.IncidentSession;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/** The JavaFX application: builds the main window over one {@link AppContext} and closes it on exit. */
public final class SightlineApp extends Application {
    static final String DEMO_SCENARIO = "pool-misconfig";
    /** A capture to open in a replay window at start (used for screenshots and scripted reviews). */
    static final String OPEN_ENV = "SIGHTLINE_OPEN";
    /** With {@link #OPEN_ENV}: where to put the playhead, as an offset from the capture's start ({@code 70s}). */
    static final String OPEN_AT_ENV = "SIGHTLINE_OPEN_AT";
    private AppContext context;
    private MainWindow window;
    private IncidentSession session;
    private SessionView sessionView;

    @Override
    public void start(Stage stage) {
        context = AppContext.create();
        window = MainWindow.open(stage, context);
        session = new IncidentSession(context);
        sessionView = new SessionView(session, window.controller(), window.model());
        // With nothing saved to connect to (the first launch), open the demo incident so there is something to see.
        String open = System.getenv(OPEN_ENV);
        if (open != null && !open.isBlank()) {
            String at = System.getenv(OPEN_AT_ENV);
            // reviewing a capture: no demo
            sessionView.openCapture(Path.of(open), at == null || at.isBlank() ? Duration.ZERO : DurationConverter.parse(at));
        } else if (session.targets().savedTargets().isEmpty()) {
            sessionView.startDemo(DEMO_SCENARIO);
        }
        FirstFrameProbe.installIfRequested();
    }

    @Override
    public void stop() {
        if (sessionView != null) {
            sessionView.stop();
        }
        if (window != null) {
            window.close();
        }
        if (session != null) {
            session.close();
        }
        if (context != null) {
            context.close();
        }
    }

    /** The loaded main window: its scene, controller and view model. */
    public record MainWindow(Scene scene, MainController controller, MainViewModel model, AppContext context) {
        public static MainWindow open(Stage stage, AppContext context) {
            MainViewModel model = new MainViewModel(context.store(), context.clock());
            MainController controller = new MainController(model);
            FXMLLoader loader = new FXMLLoader(SightlineApp.class.getResource("/fxml/main.fxml"));
            loader.setControllerFactory(type -> controller);
            Parent root;
            try {
                root = loader.load();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the main window", e);
            }
            Scene scene = new Scene(root, 1440, 900);
            scene.getStylesheets().add(SightlineApp.class.getResource(Styles.MAIN).toExternalForm());
            controller.attach(scene);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), Platform::exit);
            stage.setTitle("Sightline");
            stage.setScene(scene);
            stage.show();
            return new MainWindow(scene, controller, model, context);
        }

        public void close() {
            controller.stop();
        }
    }
}
