package io.sightline.cli;

/**
 * A failure caused by what the user gave us (a file, a flag, a target), reported as one line on stderr with
 * the exit code of the command-line contract: 2 for unusable input or an unreachable target by default.
 */
public class UserInputException extends RuntimeException {
    private final int exitCode;

    public UserInputException(String message) {
        this(message, SightlineCommand.EXIT_BAD_INPUT, null);
    }

    public UserInputException(String message, Throwable cause) {
        this(message, SightlineCommand.EXIT_BAD_INPUT, cause);
    }

    public UserInputException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
