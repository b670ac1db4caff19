package io.sightline.demo;

import io.sightline.cli.SightlineCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code sightline demo}: starts the demo incident in its own processes. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = "Starts the built-in demo incident (service, database, fault proxy) in its own processes.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "pool-misconfig", description = "Scenario name or JSON file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--speed", defaultValue = "1", description = "Time compression factor (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--jmx-port", defaultValue = "0", description = "JMX port of the service; 0 picks a free port.")
    int jmxPort;

    @Option(names = "--headless", description = "Print one JSON line describing the demo and run without a GUI.")
    boolean headless;

    @Option(names = "--duration", description = "Stop after this long, e.g. 90s or 5m (default: until Ctrl-C).")
    Duration duration;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("demo is being built");
    }
}
