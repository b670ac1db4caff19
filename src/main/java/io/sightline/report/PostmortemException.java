package io.sightline.report;

/** Why no postmortem could be drafted, in one line naming the file at fault. */
public final class PostmortemException extends RuntimeException {
    public PostmortemException(String message) {
        super(message);
    }

    public PostmortemException(String message, Throwable cause) {
        super(message, cause);
    }
}
