package io.sightline.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.sightline.lint.HikariKeys.CONNECTION_TIMEOUT;
import static io.sightline.lint.HikariKeys.IDLE_TIMEOUT;
import static io.sightline.lint.HikariKeys.KEEPALIVE_TIME;
import static io.sightline.lint.HikariKeys.LEAK_DETECTION_THRESHOLD;
import static io.sightline.lint.HikariKeys.MAXIMUM_POOL_SIZE;
import static io.sightline.lint.HikariKeys.MAX_LIFETIME;
import static io.sightline.lint.HikariKeys.MINIMUM_IDLE;
import static io.sightline.lint.HikariKeys.VALIDATION_TIMEOUT;

/**
 * The values HikariCP 7.1.0 will actually run with: its defaults, then its setters (which reject some values
 * at start-up), then {@code HikariConfig.validateNumerics()} (which silently replaces others), step by step in
 * the same order. {@code HikariEffectiveTest} checks this against the real {@code HikariConfig}.
 */
public final class HikariEffective {
    public static final long DEFAULT_CONNECTION_TIMEOUT = 30_000;
    public static final long DEFAULT_VALIDATION_TIMEOUT = 5_000;
    public static final long DEFAULT_IDLE_TIMEOUT = 600_000;
    public static final long DEFAULT_MAX_LIFETIME = 1_800_000;
    public static final long DEFAULT_KEEPALIVE_TIME = 120_000;
    public static final int DEFAULT_POOL_SIZE = 10;
    /** {@code com.zaxxer.hikari.timeoutMs.floor}, 250 ms unless overridden by that system property. */
    public static final long SOFT_TIMEOUT_FLOOR = 250;

    /** One value HikariCP replaced, with the warning it logs (null when it changes it silently). */
    public record Adjustment(String property, long configured, long effective, String hikariLog) {
    }

    private long connectionTimeout = DEFAULT_CONNECTION_TIMEOUT;
    private long validationTimeout = DEFAULT_VALIDATION_TIMEOUT;
    private long idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private long maxLifetime = DEFAULT_MAX_LIFETIME;
    private long keepaliveTime = DEFAULT_KEEPALIVE_TIME;
    private long leakDetectionThreshold;
    private int maximumPoolSize = DEFAULT_POOL_SIZE;
    private int minimumIdle = -1;
    /** True when idleTimeout was set but the pool is fixed-size, so it does nothing (HikariCP warns). */
    private boolean idleTimeoutIgnored;
    private final List<Adjustment> adjustments = new ArrayList<>();

    private HikariEffective() {
    }

    /** What HikariCP makes of {@code pool}'s settings (values it would reject stay at their defaults). */
    public static HikariEffective of(PoolConfiguration pool) {
        HikariEffective e = new HikariEffective();
        e.applySetters(pool);
        e.validateNumerics();
        return e;
    }

    public long connectionTimeout() {
        return connectionTimeout;
    }

    public long validationTimeout() {
        return validationTimeout;
    }

    public long idleTimeout() {
        return idleTimeout;
    }

    public long maxLifetime() {
        return maxLifetime;
    }

    public long keepaliveTime() {
        return keepaliveTime;
    }

    public long leakDetectionThreshold() {
        return leakDetectionThreshold;
    }

    public int maximumPoolSize() {
        return maximumPoolSize;
    }

    public int minimumIdle() {
        return minimumIdle;
    }

    public boolean idleTimeoutIgnored() {
        return idleTimeoutIgnored;
    }

    public List<Adjustment> adjustments() {
        return List.copyOf(adjustments);
    }

    public Optional<Adjustment> adjustment(String property) {
        return adjustments.stream().filter(a -> a.property().equals(property)).findFirst();
    }

    /** The setters: {@code setConnectionTimeout(0)} means "wait forever"; values the setters reject are skipped. */
    private void applySetters(PoolConfiguration pool) {
        pool.number(CONNECTION_TIMEOUT).ifPresent(v -> {
            if (v == 0) {
                connectionTimeout = Integer.MAX_VALUE;
            } else if (v >= SOFT_TIMEOUT_FLOOR) {
                connectionTimeout = v;
            }
        });
        pool.number(VALIDATION_TIMEOUT).filter(v -> v >= SOFT_TIMEOUT_FLOOR).ifPresent(v -> validationTimeout = v);
        pool.number(IDLE_TIMEOUT).filter(v -> v >= 0).ifPresent(v -> idleTimeout = v);
        pool.number(MAX_LIFETIME).ifPresent(v -> maxLifetime = v);
        pool.number(KEEPALIVE_TIME).ifPresent(v -> keepaliveTime = v);
        pool.number(LEAK_DETECTION_THRESHOLD).ifPresent(v -> leakDetectionThreshold = v);
        pool.number(MAXIMUM_POOL_SIZE).filter(v -> v >= 1).ifPresent(v -> maximumPoolSize = v.intValue());
        pool.number(MINIMUM_IDLE).filter(v -> v >= 0).ifPresent(v -> minimumIdle = v.intValue());
    }

    /** {@code HikariConfig.validateNumerics()} of HikariCP 7.1.0, branch for branch. */
    private void validateNumerics() {
        if (maxLifetime != 0 && maxLifetime < 30_000) {
            adjust(MAX_LIFETIME, maxLifetime, DEFAULT_MAX_LIFETIME,
                    "maxLifetime is less than 30000ms, setting to default 1800000ms.");
            maxLifetime = DEFAULT_MAX_LIFETIME;
        }
        if (keepaliveTime != 0 && keepaliveTime < 30_000) {
            adjust(KEEPALIVE_TIME, keepaliveTime, 0, "keepaliveTime is less than 30000ms, disabling it.");
            keepaliveTime = 0;
        }
        if (keepaliveTime != 0 && maxLifetime != 0 && keepaliveTime >= maxLifetime) {
            adjust(KEEPALIVE_TIME, keepaliveTime, 0, "keepaliveTime is greater than or equal to maxLifetime, disabling it.");
            keepaliveTime = 0;
        }
        if (leakDetectionThreshold > 0
                && (leakDetectionThreshold < 2000 || leakDetectionThreshold > maxLifetime && maxLifetime > 0)) {
            adjust(LEAK_DETECTION_THRESHOLD, leakDetectionThreshold, 0,
                    "leakDetectionThreshold is less than 2000ms or more than maxLifetime, disabling it.");
            leakDetectionThreshold = 0;
        }
        if (connectionTimeout < SOFT_TIMEOUT_FLOOR) {
            connectionTimeout = DEFAULT_CONNECTION_TIMEOUT;
        }
        if (validationTimeout < SOFT_TIMEOUT_FLOOR) {
            validationTimeout = DEFAULT_VALIDATION_TIMEOUT;
        }
        if (minimumIdle < 0 || minimumIdle > maximumPoolSize) {
            if (minimumIdle > maximumPoolSize) {
                adjust(MINIMUM_IDLE, minimumIdle, maximumPoolSize, null);
            }
            minimumIdle = maximumPoolSize;
        }
        validateIdleTimeout();
    }

    private void validateIdleTimeout() {
        if (idleTimeout + 1000 > maxLifetime && maxLifetime > 0 && minimumIdle < maximumPoolSize) {
            adjust(IDLE_TIMEOUT, idleTimeout, 0, "idleTimeout is close to or more than maxLifetime, disabling it.");
            idleTimeout = 0;
        } else if (idleTimeout != 0 && idleTimeout < 10_000 && minimumIdle < maximumPoolSize) {
            adjust(IDLE_TIMEOUT, idleTimeout, DEFAULT_IDLE_TIMEOUT,
                    "idleTimeout is less than 10000ms, setting to default 600000ms.");
            idleTimeout = DEFAULT_IDLE_TIMEOUT;
        } else if (idleTimeout != DEFAULT_IDLE_TIMEOUT && idleTimeout != 0 && minimumIdle == maximumPoolSize) {
            idleTimeoutIgnored = true;
        }
    }

    private void adjust(String property, long configured, long effective, String log) {
        adjustments.add(new Adjustment(property, configured, effective, log));
    }
}
