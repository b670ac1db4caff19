package io.sightline.source.jmx;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.Unit;

import java.util.Arrays;

/** The two reads of one pool (gauges and config) and the latest values they produced. */
final class PoolReads {
    final PoolMBeans.PoolNames names;
    final MBeanRead gauges;
    final MBeanRead config;
    private final Series waiting;
    private final Series max;
    private final long[] configNow = new long[PoolMBeans.CONFIG_ATTRIBUTES.length];
    private volatile PoolConfigValues lastConfig;
    /**
     * PoolConfig is read at discovery and then every 10 s, not every tick: it changes rarely (only through a
     * deliberate JMX write), and skipping it saves a fifth of the remote calls of a two-pool target.
     */
    static final long CONFIG_EVERY_MILLIS = 10_000;
    private long lastConfigRead = Long.MIN_VALUE / 2;
    /** Set when the filter refused the config MBean's answer: it is not read again. */
    boolean configRefused;

    PoolReads(PoolMBeans.PoolNames names, TargetSeries series) {
        this.names = names;
        String p = names.pool();
        waiting = series.pool(Metrics.POOL_WAITING, Unit.THREADS, p);
        max = series.pool(Metrics.POOL_MAX, Unit.CONNECTIONS, p);
        gauges = new MBeanRead(names.poolMBean(), PoolMBeans.POOL_ATTRIBUTES, new MBeanRead.Sink[] {
                gauge(series.pool(Metrics.POOL_ACTIVE, Unit.CONNECTIONS, p)),
                gauge(series.pool(Metrics.POOL_IDLE, Unit.CONNECTIONS, p)),
                gauge(series.pool(Metrics.POOL_TOTAL, Unit.CONNECTIONS, p)),
                gauge(waiting)});
        config = names.configMBean() == null ? null : configRead(series, p);
        Arrays.fill(configNow, -1);
    }

    private MBeanRead configRead(TargetSeries series, String p) {
        Series minIdle = series.pool(Metrics.POOL_MIN_IDLE, Unit.CONNECTIONS, p);
        Series timeout = series.pool(Metrics.POOL_CONNECTION_TIMEOUT, Unit.MILLISECONDS, p);
        MBeanRead.Sink[] sinks = new MBeanRead.Sink[PoolMBeans.CONFIG_ATTRIBUTES.length];
        for (int i = 0; i < sinks.length; i++) {
            int index = i;
            Series out = index == 0 ? max : index == 1 ? minIdle : index == 2 ? timeout : null;
            sinks[i] = (t, v) -> {
                configNow[index] = v instanceof Number n ? n.longValue() : -1;
                if (out != null) {
                    out.append(t, MBeanRead.number(v));
                }
            };
        }
        return new MBeanRead(names.configMBean(), PoolMBeans.CONFIG_ATTRIBUTES, sinks);
    }

    static MBeanRead.Sink gauge(Series s) {
        return (t, v) -> s.append(t, MBeanRead.number(v));
    }

    boolean configDue(long now) {
        if (now - lastConfigRead < CONFIG_EVERY_MILLIS) {
            return false;
        }
        lastConfigRead = now;
        return true;
    }

    /** The config read this tick; compared with the previous to spot a live change. */
    PoolConfigValues takeConfig() {
        PoolConfigValues now = PoolConfigValues.of(configNow);
        lastConfig = now;
        return now;
    }

    PoolConfigValues lastConfig() {
        return lastConfig;
    }

    /** Threads waiting for a connection at the last tick; 0 when unknown. */
    double waiting() {
        var s = waiting.snapshot();
        return s.isEmpty() || Double.isNaN(s.lastValue()) ? 0 : s.lastValue();
    }
}
