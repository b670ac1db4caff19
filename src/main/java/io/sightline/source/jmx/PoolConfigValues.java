package io.sightline.source.jmx;

/**
 * A pool's {@code PoolConfig} as last read, in HikariCP's own units (milliseconds for times); -1 where the
 * attribute could not be read.
 */
public record PoolConfigValues(long maximumPoolSize, long minimumIdle, long connectionTimeout, long idleTimeout,
                               long maxLifetime, long leakDetectionThreshold, long validationTimeout) {
    static PoolConfigValues of(long[] v) {
        return new PoolConfigValues(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    public String describe() {
        return "maximumPoolSize=" + maximumPoolSize + ", minimumIdle=" + minimumIdle + ", connectionTimeout="
                + connectionTimeout + "ms, idleTimeout=" + idleTimeout + "ms, maxLifetime=" + maxLifetime
                + "ms, leakDetectionThreshold=" + leakDetectionThreshold + "ms, validationTimeout="
                + validationTimeout + "ms";
    }
}
