package io.sightline.series;

/** The unit of a series' values, shown on chart axes and in readouts. */
public enum Unit {
    NONE(""),
    CONNECTIONS("connections"),
    THREADS("threads"),
    MILLISECONDS("ms"),
    MICROSECONDS("µs"),
    BYTES("B"),
    MEBIBYTES("MiB"),
    PER_SECOND("/s"),
    PERCENT("%"),
    COUNT("");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
