package io.sightline.lint;

/**
 * A key inside a pool's configuration that configures nothing: unknown to HikariCP, or a pool key written
 * one level too high ({@code spring.datasource.maximum-pool-size} instead of {@code spring.datasource.hikari.…}).
 *
 * @param location where it was written
 * @param name     the key relative to its prefix, e.g. {@code max-pool-size}
 * @param prefix   the prefix it was written under, e.g. {@code spring.datasource.hikari} (empty for a plain file)
 * @param misplaced true when {@code name} is a real HikariCP property under the wrong prefix
 * @param hikariPrefix where pool properties belong, e.g. {@code spring.datasource.hikari}
 */
public record StrayKey(Location location, String name, String prefix, boolean misplaced, String hikariPrefix) {
}
