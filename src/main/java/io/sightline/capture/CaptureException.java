package io.sightline.capture;

import io.sightline.cli.UserInputException;

import java.nio.file.Path;

/**
 * A capture file that cannot be used, as one line naming the file: not SQLite, not a capture, written by a newer
 * Sightline, unreadable header. Extends {@link UserInputException} so every command that opens a capture reports
 * it as bad input (exit 2) without wrapping.
 */
public final class CaptureException extends UserInputException {
    public CaptureException(Path file, String what) {
        super(file + ": " + what);
    }

    public CaptureException(Path file, String what, Throwable cause) {
        super(file + ": " + what, cause);
    }
}
