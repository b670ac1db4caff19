package io.sightline.ui.report;

import io.sightline.capture.CaptureReader;
import io.sightline.capture.CaptureWriter;
import io.sightline.checklist.CaptureLoader;
import io.sightline.report.Postmortem;
import io.sightline.report.PostmortemException;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * "Export postmortem…" for the live window and the replay window: asks where to write the Markdown, then runs
 * {@link Postmortem} — the code behind {@code sightline postmortem} — on a background thread, over a capture file:
 * the replayed file, or the recording in progress, flushed first so the draft includes everything seen up to the
 * click. The status line says what is happening and, on failure, why in one line. FX thread only, except the draft.
 */
public final class PostmortemExport {
    private static final Logger LOG = LoggerFactory.getLogger(PostmortemExport.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm");
    /** Loads a capture as {@code sightline postmortem} does, without the CLI's stderr reporting. */
    static final CaptureLoader LOADER = file -> {
        try (CaptureReader reader = CaptureReader.open(file)) {
            return reader.replay().store();
        }
    };

    /** Which capture file to draft from; called on the background thread. */
    @FunctionalInterface
    public interface CaptureSource {
        Path capture();
    }

    private final Postmortem postmortem;
    private final CaptureSource source;
    private final Executor background;
    private final Clock clock;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private BiFunction<Window, Path, Optional<Path>> chooser = this::showChooser;

    public PostmortemExport(CaptureSource source, Executor background, Clock clock) {
        this(new Postmortem(LOADER), source, background, clock);
    }

    PostmortemExport(Postmortem postmortem, CaptureSource source, Executor background, Clock clock) {
        this.postmortem = postmortem;
        this.source = source;
        this.background = background;
        this.clock = clock;
    }

    /** Drafts from a capture file that is complete (a replayed capture). */
    public static CaptureSource file(Path capture) {
        return () -> capture;
    }

    /**
     * Drafts from the recording in progress: the writer commits what it has queued (one SQLite transaction, as its
     * own schedule does every 250 ms), then the file is read through a second, read-only connection. SQLite's
     * write-ahead log lets that reader see every committed sample while the writer carries on, so the recording
     * loses nothing and never pauses for longer than that one flush.
     */
    public static CaptureSource recording(Supplier<Optional<CaptureWriter>> recording) {
        return () -> {
            CaptureWriter writer = recording.get().orElseThrow(() -> new PostmortemException(
                    "nothing is being recorded yet: connect to a target or start the demo, or open a capture"));
            writer.flush();
            if (writer.failure() != null) {
                throw new PostmortemException(writer.file() + ": the recording failed: " + writer.failure());
            }
            return writer.file();
        };
    }

    /** Asks for the report's path (starting in {@code folder}), then exports there. FX thread. */
    public void choose(Window owner, Path folder) {
        if (running.get()) {
            return;
        }
        chooser.apply(owner, folder).ifPresent(this::exportTo);
    }

    /**
     * Writes the postmortem to {@code report}, its PNG charts beside it, off the FX thread. The command the
     * button runs once a path is chosen; tests call it directly. FX thread.
     */
    public CompletableFuture<Postmortem.Draft> exportTo(Path report) {
        if (running.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("a postmortem is already being drafted"));
        }
        running.set(true);
        status.set("Drafting the postmortem to " + report.getFileName() + "…");
        CompletableFuture<Postmortem.Draft> done = CompletableFuture.supplyAsync(
                () -> postmortem.write(source.capture(), report, List.of()), background);
        done.whenComplete((draft, failure) -> Platform.runLater(() -> finished(report, draft, failure)));
        return done;
    }

    private void finished(Path report, Postmortem.Draft draft, Throwable failure) {
        running.set(false);
        if (failure == null) {
            Path folder = draft.report().toAbsolutePath().getParent();
            status.set("Postmortem written: " + draft.report().getFileName() + " and " + draft.charts().size()
                    + " charts in " + folder + " (root cause " + draft.rootCause() + ")");
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof PostmortemException)) {
            LOG.warn("postmortem to {} failed", report, cause);
        }
        String why = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        status.set("Postmortem not written: " + why.lines().findFirst().orElse(why));
    }

    /** The name the chooser suggests: the date and time of the export. */
    String suggestedName() {
        return "postmortem-" + NAME.format(clock.instant().atZone(clock.getZone())) + ".md";
    }

    /** Replaces the file chooser (tests; a headless screen has no native dialog). */
    public void setChooser(BiFunction<Window, Path, Optional<Path>> chooser) {
        this.chooser = chooser;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private Optional<Path> showChooser(Window owner, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export postmortem");
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
