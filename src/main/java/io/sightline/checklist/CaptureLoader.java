package io.sightline.checklist;

import io.sightline.series.SeriesStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Reads a capture file into a {@link SeriesStore} (series and events as recorded). The capture capability provides
 * the implementation; {@code diagnose} only needs this.
 */
@FunctionalInterface
public interface CaptureLoader {
    /**
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a capture (the message names what is wrong)
     */
    SeriesStore load(Path file) throws IOException;

    /** The loader registered through {@link ServiceLoader}, if this build has one. */
    static Optional<CaptureLoader> installed() {
        return ServiceLoader.load(CaptureLoader.class).findFirst();
    }
}
