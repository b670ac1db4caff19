package io.sightline.ui.replay;

import io.sightline.capture.CaptureException;
import io.sightline.capture.CaptureFiles;
import io.sightline.capture.CaptureReader;
import io.sightline.ui.Theme;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * "Open capture…": picks a file, reads it on a background thread and shows it in a new replay window. A file
 * that is not a capture, or comes from a newer Sightline, gets a one-line error dialog; a damaged one opens.
 */
public final class CaptureOpener {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureOpener.class);
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;

    private final ExecutorService background;
    private final Clock wall;
    private final ZoneId zone;
    private final Supplier<Theme> theme;

    public CaptureOpener(ExecutorService background, Clock wall, ZoneId zone, Supplier<Theme> theme) {
        this.background = background;
        this.wall = wall;
        this.zone = zone;
        this.theme = theme;
    }

    /** Shows a file chooser in {@code capturesDir} and opens the chosen file (FX thread). */
    public void chooseAndOpen(Window owner, Path capturesDir) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open capture");
        if (capturesDir != null && Files.isDirectory(capturesDir)) {
            chooser.setInitialDirectory(capturesDir.toFile());
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Sightline captures", "*" + CaptureFiles.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            open(file.toPath(), WIDTH, HEIGHT).exceptionally(failure -> null);
        }
    }

    /**
     * Reads {@code file} off the FX thread, then opens a replay window of the given size. On failure shows the
     * one-line error dialog and completes exceptionally.
     */
    public CompletableFuture<ReplayWindow> open(Path file, double width, double height) {
        CompletableFuture<ReplayWindow> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> read(file), background).whenComplete((replay, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                showError(file, cause);
                shown.completeExceptionally(cause);
                return;
            }
            try {
                ReplayViewModel model = new ReplayViewModel(file, replay, wall, zone, background);
                shown.complete(ReplayWindow.show(model, background, new Stage(), theme.get(), width, height));
            } catch (RuntimeException e) {
                LOG.error("cannot show replay of {}", file, e);
                showError(file, e);
                shown.completeExceptionally(e);
            }
        }));
        return shown;
    }

    private static CaptureReader.Replay read(Path file) {
        try (CaptureReader reader = CaptureReader.open(file)) {
            return reader.replay();
        }
    }

    private static void showError(Path file, Throwable cause) {
        String message = cause instanceof CaptureException ? cause.getMessage() : file + ": " + cause.getMessage();
        LOG.warn("cannot open capture: {}", message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle("Cannot open capture");
        alert.setHeaderText(null);
        alert.show();
    }
}
