package io.sightline.demo.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One demo incident: the service's starting configuration, the load, a time line of faults and the ground truth
 * (which hypothesis explains the incident, and when it starts and ends). Times are scenario time, measured from
 * the moment the load starts; {@code --speed} compresses them. The schema is documented in
 * {@code docs/scenarios.md}.
 *
 * @param name        short name, shown to users (for a built-in scenario, its resource name)
 * @param description one or two sentences for people; never read by the diagnosis
 * @param duration    how long the scenario's time line runs
 * @param release     the version string the service reports at start-up
 * @param load        the open-model load
 * @param pool        the service's initial HikariCP settings
 * @param timeline    faults and deploys, in time order
 * @param groundTruth the root cause and its window
 */
public record Scenario(String name, String description, Duration duration, String release, LoadSpec load,
                       PoolSpec pool, List<Step> timeline, GroundTruth groundTruth) {
    public Scenario {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** The ground truth: a hypothesis id from DESIGN.md and the window in which it holds. */
    public record GroundTruth(String rootCause, Duration onset, Duration resolution) {
        public boolean isIncident() {
            return !Objects.equals(rootCause, ScenarioLoader.NO_INCIDENT);
        }
    }

    /**
     * The load: Poisson arrivals at {@code rate} requests per second, each request picked by {@code mix} weights,
     * abandoned by the client after {@code timeout}.
     */
    public record LoadSpec(Double rate, Mix mix, Duration timeout) {
    }

    /** Relative weights of the three endpoints. */
    public record Mix(Double browse, Double cart, Double checkout) {
        public double total() {
            return browse + cart + checkout;
        }
    }

    /** The HikariCP settings a deploy gives the service; null fields keep the previous value. */
    public record PoolSpec(Integer maximumPoolSize, Duration connectionTimeout, Duration leakDetectionThreshold) {
        /** This spec with every null field taken from {@code base}. */
        public PoolSpec over(PoolSpec base) {
            return new PoolSpec(
                    maximumPoolSize != null ? maximumPoolSize : base.maximumPoolSize,
                    connectionTimeout != null ? connectionTimeout : base.connectionTimeout,
                    leakDetectionThreshold != null ? leakDetectionThreshold : base.leakDetectionThreshold);
        }
    }
}
