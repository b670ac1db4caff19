package io.sightline.demo.scenario;

/** A scenario that cannot be used; the message is one line: {@code FILE: FIELD: PROBLEM}. */
public final class ScenarioException extends RuntimeException {
    public ScenarioException(String source, String field, String problem) {
        super(source + ": " + field + ": " + problem);
    }

    public ScenarioException(String source, String field, String problem, Throwable cause) {
        super(source + ": " + field + ": " + problem, cause);
    }
}
