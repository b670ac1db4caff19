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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The JavaFX application: builds the main window over one {@link AppContext} and closes it on exit. */
public final class SightlineApp extends Application {
    static final String DEMO_SCENARIO = "pool-misconfig";
    /** A capture to open in a replay window at start (used for screenshots and scripted reviews). */
    static final String OPEN_ENV = "SIGHTLINE_OPEN";
    /** With {@link #OPEN_ENV}: where to put the playhead, as an offset from the capture's start ({@code 70s}). */
    static final String OPEN_AT_ENV = "SIGHTLINE_OPEN_AT";
    /** Looked up when first needed: initialising logging must not delay the first frame. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(SightlineApp.class);
    }

    private AppContext context;
    private MainWindow window;
    private CompletableFuture<IncidentSession> sessionReady;
    private IncidentSession session;
    private SessionView sessionView;
    private boolean stopped;

    @Override
    public void start(Stage stage) {
        FirstFrameProbe.mark("start");
        context = AppContext.create();
        FirstFrameProbe.mark("context");
        window = MainWindow.open(stage, context);
        FirstFrameProbe.mark("window shown");
        window.model().setStatus("Starting…");
        FirstFrameProbe.installIfRequested();
        // The session needs no JavaFX and takes 0.1-0.5 s (logging, JMX registry, runbook YAML, live checklist): it is
        // built on its own thread while the empty window is drawn, and its views go in once that frame is on screen.
        Executor starter = task -> context.lifecycle().newThread("session-start", task).start();
        CompletableFuture<IncidentSession> ready = CompletableFuture.supplyAsync(() -> {
            IncidentSession started = new IncidentSession(context);
            FirstFrameProbe.mark("session built");
            return started;
        }, starter);
        sessionReady = ready;
        FirstFrameProbe.afterNextFrame(() -> ready.whenComplete((s, failure) -> Platform.runLater(() -> attach(s, failure))));
    }

    /** On the FX thread: puts the started session into the window, or says why it did not start. */
    private void attach(IncidentSession started, Throwable failure) {
        if (stopped) {
            return;
        }
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            Log.LOG.error("the session did not start", cause);
            window.model().setStatus("Sightline could not start: " + cause.getMessage());
            FirstFrameProbe.readyIfRequested(() -> { });
            return;
        }
        session = started;
        window.model().setStatus("");
        sessionView = new SessionView(session, window.controller(), window.model());
        FirstFrameProbe.mark("session view");
        // With nothing saved to connect to (the first launch), open the demo incident so there is something to see.
        String open = System.getenv(OPEN_ENV);
        if (open != null && !open.isBlank()) {
            String at = System.getenv(OPEN_AT_ENV);
            // reviewing a capture: no demo
            sessionView.openCapture(Path.of(open), at == null || at.isBlank() ? Duration.ZERO : DurationConverter.parse(at));
        } else if (session.targets().savedTargets().isEmpty()) {
            sessionView.startDemo(DEMO_SCENARIO);
        }
        // the Pools tab is built when first opened: open it in the CDS training run so its classes are archived too
        FirstFrameProbe.readyIfRequested(window.controller()::showPoolsTab);
    }

    @Override
    public void stop() {
        stopped = true;
        if (sessionView != null) {
            sessionView.stop();
        }
        if (window != null) {
            window.close();
        }
        if (sessionReady != null) {
            // still starting: closed as soon as it exists (closing the context below makes it fail fast instead)
            sessionReady.thenAccept(IncidentSession::close);
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
            FirstFrameProbe.mark("main.fxml loaded");
            Scene scene = new Scene(root, 1440, 900);
            scene.getStylesheets().add(SightlineApp.class.getResource(Styles.MAIN).toExternalForm());
            controller.attach(scene);
            FirstFrameProbe.mark("scene styled");
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
