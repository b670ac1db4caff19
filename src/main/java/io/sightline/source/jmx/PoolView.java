package io.sightline.source.jmx;

/**
 * A pool as the UI and the CLI see it: its name, its MBean naming scheme, and its config as last read (null
 * until the first tick, or when the pool registered no PoolConfig MBean).
 */
public record PoolView(String pool, PoolMBeans.Scheme scheme, PoolConfigValues config) {
}
