package io.sightline.source;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;

/**
 * Turns one command-line source argument ({@code --jmx URL|PID}, {@code --log PATH}, {@code --command CMD}) into a
 * {@link Source} feeding a store. Each capability provides its factory and lists it in
 * {@code META-INF/services/io.sightline.source.SourceFactory}; commands such as {@code record} find them through
 * {@link SourceFactories#discover()}, so they work with whatever sources the build contains.
 */
public interface SourceFactory {
    String JMX = "jmx";
    String LOG = "log";
    String COMMAND = "command";

    /** Which option this factory serves: {@link #JMX}, {@link #LOG} or {@link #COMMAND}. */
    String kind();

    /**
     * Builds (does not start) a source for {@code argument}. Throws
     * {@link io.sightline.cli.UserInputException} with a one-line message for an argument it cannot use.
     */
    Source create(String argument, SeriesStore store, Lifecycle lifecycle);
}
