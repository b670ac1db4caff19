package io.sightline.cli;

import io.sightline.capture.CaptureReader;
import io.sightline.capture.CaptureReport;
import io.sightline.series.SeriesStore;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Loads a capture file into a fresh store for the headless commands that analyse one ({@code diagnose}). What
 * was lost to damage is said on stderr, one line each, so a partial analysis is never mistaken for a whole one.
 */
final class CaptureStores {
    private CaptureStores() {
    }

    static SeriesStore load(Path file) {
        try (CaptureReader reader = CaptureReader.open(file)) {
            CaptureReader.Replay replay = reader.replay();
            CaptureReport report = replay.report();
            if (!report.intact()) {
                report.lines(ZoneId.systemDefault()).forEach(line -> System.err.println(file + ": " + line));
            }
            return replay.store();
        }
    }
}
