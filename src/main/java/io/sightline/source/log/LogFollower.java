package io.sightline.source.log;

import java.nio.file.Path;
import java.util.List;

/** Where a user adds log sources during a session (the GUI's sources panel); the session implements it. */
public interface LogFollower {
    /** Follows a file (rotation followed, rotated siblings read for history); fails with a one-line reason. */
    LogSource followFile(Path file);

    /** Runs a command whose stdout is the log, restarted with backoff; its stderr becomes the status. */
    LogSource followCommand(String command);

    /** Every log source of the session, in the order they were added. */
    List<LogSource> logs();
}
