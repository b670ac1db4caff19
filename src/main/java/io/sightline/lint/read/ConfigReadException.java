package io.sightline.lint.read;

/** A configuration file that cannot be used at all: missing, unreadable or unparseable. */
public final class ConfigReadException extends Exception {
    public ConfigReadException(String file, int line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
    }
}
