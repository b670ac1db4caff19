package io.sightline.ui.replay;

import io.sightline.capture.CaptureExporter;
import io.sightline.capture.CaptureFiles;
import io.sightline.capture.CaptureMetadata;
import io.sightline.capture.TimeWindow;
import io.sightline.chart.TimeRange;
import io.sightline.series.SeriesStore;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Save capture as…" from the live window: the charts' visible range (default) or the whole recording, into a
 * new capture file, optionally with host names and IPs replaced for sharing. Runs the export off the FX thread.
 */
public final class SaveCaptureAction {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    /** What the user chose in the dialog. */
    public record Choice(TimeWindow window, CaptureExporter.Options options) {
    }

    private final SeriesStore store;
    private final Supplier<CaptureMetadata> metadata;
    private final Supplier<Optional<Path>> recordingFile;
    private final Executor background;
    private final ZoneId zone;
    private final Consumer<String> status;

    public SaveCaptureAction(SeriesStore store, Supplier<CaptureMetadata> metadata,
                             Supplier<Optional<Path>> recordingFile, Executor background, ZoneId zone,
                             Consumer<String> status) {
        this.store = store;
        this.metadata = metadata;
        this.recordingFile = recordingFile;
        this.background = background;
        this.zone = zone;
        this.status = status;
    }

    /** Asks what to save and where, then exports (FX thread). */
    public void run(Window owner, TimeRange visible, Path capturesDir) {
        Optional<Choice> choice = ask(owner, visible);
        if (choice.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save capture as");
        if (capturesDir != null && Files.isDirectory(capturesDir)) {
            chooser.setInitialDirectory(capturesDir.toFile());
        }
        chooser.setInitialFileName("export-" + NAME.format(Instant.now().atZone(zone)) + CaptureFiles.EXTENSION);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sightline captures", "*" + CaptureFiles.EXTENSION));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            export(choice.get(), file.toPath());
        }
    }

    /** Writes the chosen window to {@code dest}, replacing it (the chooser asked); never the running recording. */
    public CompletableFuture<CaptureExporter.Result> export(Choice choice, Path dest) {
        if (recordingFile.get().map(r -> r.toAbsolutePath().equals(dest.toAbsolutePath())).orElse(false)) {
            status.accept("Not saved: " + dest + " is the recording in progress; choose another file");
            return CompletableFuture.failedFuture(new IllegalArgumentException("destination is the live recording"));
        }
        status.accept("Saving capture to " + dest + "…");
        CaptureMetadata meta = metadata.get();
        CompletableFuture<CaptureExporter.Result> done = CompletableFuture.supplyAsync(() -> {
            try {
                Files.deleteIfExists(dest);
            } catch (IOException e) {
                throw new UncheckedIOException(dest + ": cannot replace: " + e.getMessage(), e);
            }
            return CaptureExporter.export(store, meta, choice.window(), dest, choice.options());
        }, background);
        done.whenComplete((r, failure) -> Platform.runLater(() -> status.accept(failure != null
                ? "Capture not saved: " + (failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage())
                : "Saved " + r.series() + " series, " + r.samples() + " samples, " + r.events() + " events to " + r.file()
                        + (r.aliases().isEmpty() ? "" : " (" + r.aliases().size() + " hosts/IPs redacted)"))));
        return done;
    }

    private Optional<Choice> ask(Window owner, TimeRange visible) {
        ToggleGroup group = new ToggleGroup();
        RadioButton shown = new RadioButton("The charts' visible range (" + time(visible.from()) + " – " + time(visible.to()) + ")");
        RadioButton all = new RadioButton("The whole recording");
        shown.setToggleGroup(group);
        all.setToggleGroup(group);
        shown.setSelected(true);
        CheckBox redact = new CheckBox("Redact hosts and IPs for sharing (credentials are always removed)");
        Dialog<ButtonType> dialog = new Dialog<>();
        io.sightline.ui.Dialogs.ownedBy(dialog, owner);
        dialog.setTitle("Save capture as");
        dialog.setHeaderText("Which part of the recording?");
        dialog.getDialogPane().setContent(new VBox(10, shown, all, redact));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new Choice(
                all.isSelected() ? TimeWindow.ALL : new TimeWindow(visible.from(), visible.to()),
                redact.isSelected() ? CaptureExporter.Options.SHARE : CaptureExporter.Options.PLAIN));
    }

    private String time(long t) {
        return CLOCK.format(Instant.ofEpochMilli(t).atZone(zone));
    }
}
