package io.sightline.demo.scenario;

import io.sightline.cli.DurationConverter;

import java.time.Duration;
import java.util.List;

/** The rules a parsed scenario must follow; the first broken rule becomes a one-line {@link ScenarioException}. */
final class ScenarioValidator {
    private static final List<String> DEFECTS = List.of("leak-on-payment-decline");

    private final String source;

    ScenarioValidator(String source) {
        this.source = source;
    }

    void validate(Scenario s) {
        require(s.name(), "name");
        Duration duration = requireTime(s.duration(), "duration");
        if (duration.isZero()) {
            fail("duration", "must be longer than 0");
        }
        validateLoad(s.load());
        validatePool(s.pool(), "pool", true);
        validateTruth(s.groundTruth(), duration);
        Duration previous = Duration.ZERO;
        for (int i = 0; i < s.timeline().size(); i++) {
            String field = "timeline[" + i + "]";
            Step step = s.timeline().get(i);
            if (step == null) {
                fail(field, "missing step");
            }
            Duration at = requireTime(step.at(), field + ".at");
            within(at, duration, field + ".at");
            if (at.compareTo(previous) < 0) {
                fail(field + ".at", "steps must be in time order (" + DurationConverter.format(at) + " comes after "
                        + DurationConverter.format(previous) + ")");
            }
            previous = at;
            validateStep(step, field);
        }
    }

    private void validateLoad(Scenario.LoadSpec load) {
        require(load, "load");
        positive(require(load.rate(), "load.rate"), "load.rate");
        requireTime(load.timeout(), "load.timeout");
        Scenario.Mix mix = require(load.mix(), "load.mix");
        nonNegative(require(mix.browse(), "load.mix.browse"), "load.mix.browse");
        nonNegative(require(mix.cart(), "load.mix.cart"), "load.mix.cart");
        nonNegative(require(mix.checkout(), "load.mix.checkout"), "load.mix.checkout");
        if (mix.total() <= 0) {
            fail("load.mix", "weights must not all be 0");
        }
    }

    private void validatePool(Scenario.PoolSpec pool, String field, boolean complete) {
        if (pool == null) {
            if (complete) {
                fail(field, "missing");
            }
            return;
        }
        Integer size = complete ? require(pool.maximumPoolSize(), field + ".maximumPoolSize") : pool.maximumPoolSize();
        if (size != null && size < 1) {
            fail(field + ".maximumPoolSize", "must be at least 1, was " + size);
        }
        Duration timeout = complete ? require(pool.connectionTimeout(), field + ".connectionTimeout")
                : pool.connectionTimeout();
        if (timeout != null && timeout.toMillis() < 250) {
            fail(field + ".connectionTimeout", "HikariCP needs at least 250ms, was " + DurationConverter.format(timeout));
        }
    }

    private void validateTruth(Scenario.GroundTruth truth, Duration duration) {
        require(truth, "groundTruth");
        String cause = require(truth.rootCause(), "groundTruth.rootCause");
        if (!ScenarioLoader.HYPOTHESIS_IDS.contains(cause)) {
            fail("groundTruth.rootCause", "'" + cause + "' is not a hypothesis id (one of "
                    + String.join(", ", ScenarioLoader.HYPOTHESIS_IDS) + ")");
        }
        if (!truth.isIncident()) {
            return;
        }
        Duration onset = requireTime(truth.onset(), "groundTruth.onset");
        within(onset, duration, "groundTruth.onset");
        if (truth.resolution() != null) {
            within(truth.resolution(), duration, "groundTruth.resolution");
            if (truth.resolution().compareTo(onset) <= 0) {
                fail("groundTruth.resolution", "must come after the onset ("
                        + DurationConverter.format(onset) + ")");
            }
        }
    }

    private void validateStep(Step step, String field) {
        String actionId = require(step.action(), field + ".action");
        Step.Action action = Step.Action.of(actionId);
        if (action == null) {
            fail(field + ".action", "unknown action '" + actionId + "' (one of " + String.join(", ", Step.Action.ids()) + ")");
        }
        switch (action) {
            case DEPLOY -> {
                validatePool(step.pool(), field + ".pool", false);
                for (String defect : step.defects()) {
                    if (!DEFECTS.contains(defect)) {
                        fail(field + ".defects", "unknown defect '" + defect + "' (one of " + String.join(", ", DEFECTS) + ")");
                    }
                }
            }
            case DB_NETWORK -> requireTime(step.latency(), field + ".latency");
            case DB_LOCK_JOB -> {
                requireTime(step.hold(), field + ".hold");
                if (!step.hold().isZero() && requireTime(step.every(), field + ".every").compareTo(step.hold()) <= 0) {
                    fail(field + ".every", "must be longer than hold");
                }
            }
            case PAYMENT -> requireTime(step.latency(), field + ".latency");
            case ALLOC_STORM -> {
                nonNegative(require(step.rate(), field + ".rate"), field + ".rate");
                nonNegative(step.retain() == null ? 0 : step.retain(), field + ".retain");
            }
            case LOAD -> positive(require(step.rate(), field + ".rate"), field + ".rate");
            default -> throw new IllegalStateException(action.name());
        }
    }

    private <T> T require(T value, String field) {
        if (value == null) {
            fail(field, "missing");
        }
        if (value instanceof String text && text.isBlank()) {
            fail(field, "must not be empty");
        }
        return value;
    }

    private Duration requireTime(Duration value, String field) {
        require(value, field);
        if (value.isNegative()) {
            fail(field, "negative time " + value.toMillis() + "ms");
        }
        return value;
    }

    private void within(Duration time, Duration duration, String field) {
        if (time.compareTo(duration) > 0) {
            fail(field, DurationConverter.format(time) + " is after the end of the scenario ("
                    + DurationConverter.format(duration) + ")");
        }
    }

    private void positive(double value, String field) {
        if (!(value > 0) || Double.isInfinite(value)) {
            fail(field, "must be greater than 0, was " + value);
        }
    }

    private void nonNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            fail(field, "must not be negative, was " + value);
        }
    }

    private void fail(String field, String problem) {
        throw new ScenarioException(source, field, problem);
    }
}
