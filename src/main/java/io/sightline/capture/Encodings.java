package io.sightline.capture;

import io.sightline.capture.codec.ValueEncoding;
import io.sightline.series.Unit;

/**
 * The declared resolution of each unit: what a capture keeps of a value. Latencies in ms are kept as whole µs,
 * gauges (connections, threads, counts, bytes) as integers, rates and percentages to 0.01, heap to 0.001 MiB;
 * a series with no unit keeps exact doubles.
 */
public final class Encodings {
    private Encodings() {
    }

    public static ValueEncoding forUnit(Unit unit) {
        return switch (unit) {
            case CONNECTIONS, THREADS, COUNT, BYTES, MICROSECONDS -> ValueEncoding.scaled(1);
            case MILLISECONDS, MEBIBYTES -> ValueEncoding.scaled(1000);
            case PER_SECOND, PERCENT -> ValueEncoding.scaled(100);
            case NONE -> ValueEncoding.XOR;
        };
    }
}
