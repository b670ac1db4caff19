package io.sightline.demo;

import io.sightline.concurrent.SafeRunnable;
import io.sightline.demo.proc.ChildProcess;
import io.sightline.demo.scenario.Scenario;
import io.sightline.demo.scenario.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays a scenario's time line: each step is scheduled at its scenario time (compressed by the speed) and turned
 * into a command for the process that carries the fault. Commands travel over the owner pipes, so nothing in
 * the service's JMX or logs names the fault; only its effects show.
 */
final class ScenarioDriver {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioDriver.class);

    private final Scenario scenario;
    private final ScenarioClock clock;
    private final ServiceDeployer service;
    private final ChildProcess database;
    private final ChildProcess world;

    ScenarioDriver(Scenario scenario, ScenarioClock clock, ServiceDeployer service, ChildProcess database,
                   ChildProcess world) {
        this.scenario = scenario;
        this.clock = clock;
        this.service = service;
        this.database = database;
        this.world = world;
    }

    /** Schedules every step on {@code scheduler} (one thread, so steps run in order). */
    void start(ScheduledExecutorService scheduler) {
        for (int i = 0; i < scenario.timeline().size(); i++) {
            Step step = scenario.timeline().get(i);
            long delay = Math.max(0, Duration.between(clock.start(), clock.wallTime(step.at())).toMillis());
            scheduler.schedule(SafeRunnable.of("scenario step " + i + " (" + step.action() + ")", () -> apply(step)),
                    delay, TimeUnit.MILLISECONDS);
        }
    }

    void apply(Step step) {
        LOG.info("scenario {} at {}: {}", scenario.name(), step.at(), step.action());
        switch (Step.Action.of(step.action())) {
            case DEPLOY -> service.deploy(step.release(), step.pool() == null
                    ? new Scenario.PoolSpec(null, null, null) : step.pool(), step.defects());
            case DB_NETWORK -> database.send(command("db-network", "latencyMs", millis(step.latency()),
                    "jitterMs", millis(step.jitter()), "stallEveryMs", millis(step.stallEvery()),
                    "stallForMs", millis(step.stallFor())));
            case DB_LOCK_JOB -> database.send(command("db-lock-job", "holdMs", millis(step.hold()),
                    "everyMs", millis(step.every())));
            case PAYMENT -> world.send(command("payment", "latencyMs", millis(step.latency()),
                    "jitterMs", millis(step.jitter())));
            case ALLOC_STORM -> service.send(command("alloc-storm", "rateMb", step.rate(),
                    "retainMb", step.retain() == null ? 0.0 : step.retain()));
            case LOAD -> world.send(command("rate", "rate", step.rate()));
            default -> throw new IllegalStateException(step.action());
        }
    }

    private static Map<String, Object> command(String name, Object... keyValues) {
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("cmd", name);
        for (int i = 0; i < keyValues.length; i += 2) {
            command.put((String) keyValues[i], keyValues[i + 1]);
        }
        return command;
    }

    private static long millis(Duration d) {
        return d == null ? 0 : d.toMillis();
    }
}
