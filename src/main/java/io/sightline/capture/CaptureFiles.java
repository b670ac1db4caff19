package io.sightline.capture;

import io.sightline.workspace.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Where always-on recording puts its files: {@code <workspace>/captures/2026-11-27_03-12-09.sightline}. */
public final class CaptureFiles {
    public static final String EXTENSION = ".sightline";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    private CaptureFiles() {
    }

    /** A new, not yet existing file for a recording starting now, named by local time. */
    public static Path newRecording(Workspace workspace, Clock clock) {
        String stem = NAME.format(clock.instant().atZone(ZoneId.systemDefault()));
        Path dir = workspace.captures();
        Path file = dir.resolve(stem + EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(stem + "-" + n + EXTENSION);
        }
        return file;
    }
}
