package io.sightline.report;

import io.sightline.capture.CaptureReader;
import io.sightline.checklist.CaptureLoader;
import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.DiagnosisEngine;
import io.sightline.checklist.Replay;
import io.sightline.lint.Facts;
import io.sightline.lint.Finding;
import io.sightline.lint.Linter;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.read.ConfigReadException;
import io.sightline.lint.read.ConfigReader;
import io.sightline.series.SeriesStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Drafts the postmortem of a capture: loads it, diagnoses it as the responder saw it at the last symptom, lints
 * the pool configuration it recorded (and the team's files, if given) and writes the Markdown with its PNG charts
 * beside it. The one implementation behind {@code sightline postmortem} and the GUI's "Export postmortem…".
 */
public final class Postmortem {
    /** What was written: the report, its charts, and the root cause it names. */
    public record Draft(Path report, List<Path> charts, String rootCause, int lintFindings) {
    }

    private final CaptureLoader loader;

    public Postmortem(CaptureLoader loader) {
        this.loader = loader;
    }

    /**
     * Writes the postmortem of {@code capture} to {@code out}, replacing it, with PNGs named after it in the same
     * folder. Slow (seconds on a long capture): never call it on the FX thread.
     *
     * @param poolConfigs the team's pool configuration files to lint as well (HikariCP/Spring/JSON); may be empty
     * @throws PostmortemException one line naming the file at fault
     */
    public Draft write(Path capture, Path out, List<Path> poolConfigs) {
        List<PoolConfiguration> files = readConfigs(poolConfigs);
        SeriesStore store = load(capture);
        long[] range = Replay.timeRange(store);
        if (range == null) {
            throw new PostmortemException(capture + ": the capture holds no samples and no events");
        }
        // Diagnose as the responder saw it at the last symptom: after recovery the engine rightly says "no incident".
        long[] symptoms = IncidentWindow.symptoms(store);
        long at = symptoms == null ? range[1] : symptoms[1];
        Diagnosis d = Replay.diagnoseAt(store, new DiagnosisEngine(), Replay.DEFAULT_STEP_MILLIS, at);
        Optional<Facts.Load> load = MeasuredLoad.of(d, store, IncidentWindow.of(store, d));
        List<Finding> findings = new IncidentLint(new Linter()).findings(store, load, at, files);
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            PostmortemWriter.Written w = new PostmortemWriter(store, d, zone(capture), findings, load).write(out);
            Files.writeString(out, w.markdown(), StandardCharsets.UTF_8);
            return new Draft(out, w.charts(), d.top().id(), findings.size());
        } catch (IOException | UncheckedIOException e) {
            throw new PostmortemException(out + ": cannot write the report: " + e.getMessage(), e);
        }
    }

    private SeriesStore load(Path capture) {
        if (!Files.isRegularFile(capture)) {
            throw new PostmortemException(capture + ": no such capture file");
        }
        try {
            return loader.load(capture);
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new PostmortemException(message.startsWith(capture.toString()) ? message : capture + ": " + message, e);
        }
    }

    private static List<PoolConfiguration> readConfigs(List<Path> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        try {
            List<PoolConfiguration> pools = new ConfigReader().read(files);
            if (pools.isEmpty()) {
                throw new PostmortemException(files.get(0) + ": no connection-pool settings found (expected "
                        + "spring.datasource.*, <prefix>.hikari.* or HikariCP keys)");
            }
            return pools;
        } catch (ConfigReadException e) {
            throw new PostmortemException(e.getMessage(), e);
        }
    }

    /** The recorder's zone, so times read as the responder saw them; this machine's zone if the capture has none. */
    private static ZoneId zone(Path capture) {
        try (CaptureReader reader = CaptureReader.open(capture)) {
            return reader.metadata().zone();
        } catch (RuntimeException e) {
            return ZoneId.systemDefault();
        }
    }
}
