package io.sightline.source;

/**
 * Something that feeds a {@link io.sightline.series.SeriesStore} in the background: a JMX target, a log file,
 * a command. It is given the store (and a {@link io.sightline.concurrent.Lifecycle} for its threads) when
 * built; {@link #start()} begins feeding, {@link #close()} stops and releases everything it holds.
 */
public interface Source extends AutoCloseable {
    /** Stable name, the {@code source/target} prefix of its series ids, e.g. {@code jmx/shop-1}. */
    String name();

    void start();

    /** One line for the sources panel: connected, reconnecting in 4 s, unreachable (why), ... */
    String status();

    @Override
    void close();
}
