package io.sightline.source.log;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/fixtures/real-logs}: walks up from the working directory, since a worktree, the main
 * checkout and a CI clone (with a copy of {@code shared/} beside it) sit at different depths.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Path realLogs() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/fixtures/real-logs");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/fixtures/real-logs not found above " + Path.of("").toAbsolutePath());
    }

    static Path realLog(String name) {
        return realLogs().resolve(name);
    }
}
