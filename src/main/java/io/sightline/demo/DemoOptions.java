package io.sightline.demo;

import io.sightline.demo.scenario.Scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start a demo.
 *
 * @param scenario the scenario to play (see {@link io.sightline.demo.scenario.ScenarioLoader})
 * @param speed    time compression of the scenario's time line: 2 plays a 4-minute scenario in 2 minutes
 * @param jmxPort  the service's JMX port on 127.0.0.1; 0 picks a free one
 * @param runsDir  the folder under which each run gets its own folder of logs
 */
public record DemoOptions(Scenario scenario, double speed, int jmxPort, Path runsDir) {
    public DemoOptions {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(runsDir, "runsDir");
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be greater than 0, was " + speed);
        }
        if (jmxPort < 0 || jmxPort > 65535) {
            throw new IllegalArgumentException("JMX port must be 0..65535, was " + jmxPort);
        }
    }

    /** Real time, a free JMX port. */
    public static DemoOptions of(Scenario scenario, Path runsDir) {
        return new DemoOptions(scenario, 1, 0, runsDir);
    }

    public DemoOptions withSpeed(double newSpeed) {
        return new DemoOptions(scenario, newSpeed, jmxPort, runsDir);
    }

    public DemoOptions withJmxPort(int port) {
        return new DemoOptions(scenario, speed, port, runsDir);
    }
}
