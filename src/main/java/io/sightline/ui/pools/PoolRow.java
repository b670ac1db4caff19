package io.sightline.ui.pools;

import io.sightline.lint.Finding;
import io.sightline.lint.LintSeverity;
import io.sightline.series.PoolReading;
import io.sightline.source.jmx.PoolConfigValues;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.Objects;

/**
 * One pool of one target in the pools table. The row object lives as long as the pool is shown, so the
 * table keeps its selection while the numbers change underneath; values are replaced only when they differ.
 */
public final class PoolRow {
    private final String target;
    private final String pool;
    private final ReadOnlyObjectWrapper<PoolReading> reading = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PoolConfigValues> config = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>();

    PoolRow(String target, String pool) {
        this.target = target;
        this.pool = pool;
    }

    public String target() {
        return target;
    }

    public String pool() {
        return pool;
    }

    /** The latest numbers; null before the first sample. Values inside are NaN while the target is unreachable. */
    public ReadOnlyObjectProperty<PoolReading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The live PoolConfig; null until read. */
    public ReadOnlyObjectProperty<PoolConfigValues> configProperty() {
        return config.getReadOnlyProperty();
    }

    /** The lint findings for this pool; null until the first lint finished. */
    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public boolean saturated() {
        return reading.get() != null && reading.get().saturated();
    }

    public long count(LintSeverity severity) {
        List<Finding> f = findings.get();
        return f == null ? 0 : f.stream().filter(x -> x.severity() == severity).count();
    }

    void update(PoolReading r, PoolConfigValues c, List<Finding> f) {
        setIfChanged(reading, r);
        setIfChanged(config, c);
        setIfChanged(findings, f);
    }

    private static <T> void setIfChanged(ReadOnlyObjectWrapper<T> property, T value) {
        if (!Objects.equals(property.get(), value)) {
            property.set(value);
        }
    }

    String key() {
        return key(target, pool);
    }

    static String key(String target, String pool) {
        return target + "\u0000" + pool;
    }
}
