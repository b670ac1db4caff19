package io.sightline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sightline bench}: the benchmarks users can run on their own machine. Each benchmark is a subcommand
 * (add yours to {@code subcommands}); {@code charts} is the only one that needs a display.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "Benchmarks you can run on your own machine, printed with their reference figures.",
        subcommands = {io.sightline.chart.ChartsBenchCommand.class, io.sightline.source.jmx.JmxBenchCommand.class, io.sightline.capture.CaptureBenchCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
