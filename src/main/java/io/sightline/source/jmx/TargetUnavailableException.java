package io.sightline.source.jmx;

/**
 * A target could not be reached or used. The message is one line that names the target and says why, fit for a
 * status line, a dialog or the command line's stderr.
 */
public final class TargetUnavailableException extends Exception {
    /** Why, so callers decide whether retrying can help. */
    public enum Reason {
        /** Refused, timed out, no such host, connection dropped: retrying later may work. */
        UNREACHABLE,
        /** Wrong user or password, or not authorised: retrying cannot help and may lock the account. */
        AUTHENTICATION,
        /** The target sent something the serialization filter refused: retrying cannot help. */
        REFUSED_CONTENT,
        /** A bad address or local JVM that cannot be attached: retrying cannot help. */
        BAD_ADDRESS
    }

    private final Reason reason;

    public TargetUnavailableException(String message, Reason reason, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public boolean isRetryable() {
        return reason == Reason.UNREACHABLE;
    }
}
