package io.sightline.report;

import io.sightline.capture.CaptureReader;
import io.sightline.checklist.CaptureLoader;
import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.DiagnosisEngine;
import io.sightline.checklist.Replay;
import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import io.sightline.series.SeriesStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;

/** {@code sightline postmortem FILE --out REPORT.md}: drafts the postmortem, Markdown plus PNG charts beside it. */
@Command(name = "postmortem", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "Drafts the postmortem of the incident in a capture: Markdown plus PNG charts beside it.")
public final class PostmortemCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A capture file written by 'sightline record' or the GUI.")
    Path file;

    @Option(names = "--out", paramLabel = "REPORT.md", required = true, description = "Where to write the Markdown report.")
    Path out;

    @Spec
    CommandSpec spec;

    private final CaptureLoader loader;

    public PostmortemCommand(CaptureLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such capture file");
        }
        SeriesStore store = load();
        long[] range = Replay.timeRange(store);
        if (range == null) {
            throw new UserInputException(file + ": the capture holds no samples and no events");
        }
        // Diagnose as the responder saw it at the last symptom: after recovery the engine rightly says "no incident".
        long[] symptoms = IncidentWindow.symptoms(store);
        long at = symptoms == null ? range[1] : symptoms[1];
        Diagnosis d = Replay.diagnoseAt(store, new DiagnosisEngine(), Replay.DEFAULT_STEP_MILLIS, at);
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            String md = new PostmortemWriter(store, d, captureZone()).write(out);
            Files.writeString(out, md, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException(out + ": cannot write the report: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("wrote " + out);
        return SightlineCommand.EXIT_OK;
    }

    /** The recorder's zone, so times read as the responder saw them; this machine's zone if the capture has none. */
    private ZoneId captureZone() {
        try (CaptureReader reader = CaptureReader.open(file)) {
            String zone = reader.metadata().timeZone();
            return zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.systemDefault();
        }
    }

    private SeriesStore load() {
        try {
            return loader.load(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserInputException(file + ": " + e.getMessage(), e);
        }
    }
}
