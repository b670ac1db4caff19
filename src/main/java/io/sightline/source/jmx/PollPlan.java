package io.sightline.source.jmx;

import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Severity;

import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What one target's ticks read: the JVM reads and one pair of reads per pool, built once per connection and
 * refreshed by pool re-discovery. Also notices restarts: a new JVM identity on reconnect, or uptime going down.
 * Used by one tick at a time (the poller's busy flag); readers get immutable snapshots.
 */
final class PollPlan {
    /** An MBean's answer was refused by the serialization filter. */
    static final String EVENT_REFUSED = "jmx.refused-content";
    private final TargetSeries series;
    private final Clock clock;
    private final Consumer<String> onRestart;
    private final Map<String, PoolReads> pools = new LinkedHashMap<>();
    /** MBeans whose answers the serialization filter refused: never read again on this target. */
    private final java.util.Set<javax.management.ObjectName> refused = new java.util.HashSet<>();
    private JvmReads jvm;
    private WatchedReads watched;
    private String identity;
    private long lastUptime = -1;
    private long uptimeBase = -1;
    private long uptimeBaseMillis;
    private volatile List<PoolView> views = List.of();
    private volatile String diagnosis;
    private volatile String describe = "";

    PollPlan(TargetSeries series, Clock clock, Consumer<String> onRestart) {
        this.series = series;
        this.clock = clock;
        this.onRestart = onRestart;
    }

    /** A new connection: checks the JVM identity, rebuilds the JVM reads, discovers pools. */
    void connected(MBeanServerConnection server) throws IOException {
        Map<String, Object> runtime = runtime(server);
        long connectMillis = clock.millis();
        String now = runtime.get("Name") + " started " + (runtime.get("StartTime") instanceof Long t ? Instant.ofEpochMilli(t) : "?");
        long uptime = runtime.get("Uptime") instanceof Long u ? u : -1;
        if (identity != null && !identity.equals(now)) {
            onRestart.accept("a new JVM answers (" + now + "; was " + identity + ")");
        } else if (identity != null && uptime >= 0 && uptime < lastUptime) {
            onRestart.accept("uptime went down from " + lastUptime / 1000 + " s to " + uptime / 1000 + " s");
        }
        identity = now;
        lastUptime = uptime;
        uptimeBase = uptime;
        uptimeBaseMillis = connectMillis;
        jvm = new JvmReads(server, series, uptime, connectMillis);
        pools.clear();
        discoverPools(server);
    }

    void discoverPools(MBeanServerConnection server) throws IOException {
        List<PoolMBeans.PoolNames> found = PoolMBeans.discover(server);
        List<String> names = new ArrayList<>();
        found.removeIf(p -> refused.contains(p.poolMBean()));
        for (PoolMBeans.PoolNames p : found) {
            names.add(p.pool());
            PoolReads existing = pools.get(p.pool());
            if (existing == null || !Objects.equals(existing.names, p)) {
                pools.put(p.pool(), new PoolReads(p, series));
            }
        }
        for (String gone : new ArrayList<>(pools.keySet())) {
            if (!names.contains(gone)) {
                drop(gone);
            }
        }
        diagnosis = found.isEmpty() ? NoPoolsDiagnosis.explain(series.target(), server) : null;
        publish();
    }

    /** The attributes the user chose to chart on this target, replacing the previous choice. */
    void watch(List<AttributeWatch> watches) {
        watched = new WatchedReads(watches, series);
    }

    void tick(MBeanServerConnection server) throws IOException {
        if (watched != null) {
            watched.tick(server, clock, this::refusedRead);
        }
        for (MBeanRead read : new ArrayList<>(jvm.reads())) {
            try {
                read.read(server, clock);
            } catch (RefusedReadException e) {
                jvm.reads().remove(read);
                refusedRead(e);
            }
        }
        long now = clock.millis();
        jvm.afterTick(now);
        if (uptimeBase >= 0) {
            lastUptime = uptimeBase + (now - uptimeBaseMillis);
        }
        boolean changed = false;
        for (PoolReads p : new ArrayList<>(pools.values())) {
            if (!readPool(server, p)) {
                drop(p.names.pool());
                changed = true;
                continue;
            }
            if (p.config != null && !p.configRefused && p.configDue(now) && readConfig(server, p)) {
                PoolConfigValues before = p.lastConfig();
                PoolConfigValues after = p.takeConfig();
                changed |= !after.equals(before);
                if (before != null && !after.equals(before)) {
                    configChanged(p.names.pool(), before, after);
                }
            }
        }
        if (changed) {
            publish();
        }
    }

    private boolean readPool(MBeanServerConnection server, PoolReads p) throws IOException {
        try {
            return p.gauges.read(server, clock);
        } catch (RefusedReadException e) {
            refused.add(p.names.poolMBean());
            refusedRead(e);
            return false;
        }
    }

    private boolean readConfig(MBeanServerConnection server, PoolReads p) throws IOException {
        try {
            return p.config.read(server, clock);
        } catch (RefusedReadException e) {
            p.configRefused = true;
            refusedRead(e);
            return false;
        }
    }

    private void refusedRead(RefusedReadException e) {
        series.store().events().add(new Event(clock.millis(), Metrics.SOURCE_JMX + "/" + series.target(),
                EVENT_REFUSED, Severity.ERROR, "'" + series.target() + "' " + e.getMessage() + "; not read again",
                Map.of("mbean", e.mbean().toString())));
    }

    double threadsWaiting() {
        double sum = 0;
        for (PoolReads p : pools.values()) {
            sum += p.waiting();
        }
        return sum;
    }

    List<PoolView> pools() {
        return views;
    }

    String diagnosis() {
        return diagnosis;
    }

    String describe() {
        return describe;
    }

    private void drop(String pool) {
        pools.remove(pool);
        series.gapPool(pool, clock.millis());
    }

    private void configChanged(String pool, PoolConfigValues before, PoolConfigValues after) {
        series.store().events().add(new Event(clock.millis(), Metrics.SOURCE_JMX + "/" + series.target(),
                EventKinds.POOL_CONFIG_CHANGED, Severity.WARN, "pool " + pool + " config changed: " + after.describe(),
                Map.of("pool", pool, "before", before.describe(), "after", after.describe())));
    }

    private void publish() {
        List<PoolView> out = new ArrayList<>();
        pools.values().forEach(p -> out.add(new PoolView(p.names.pool(), p.names.scheme(), p.lastConfig())));
        views = List.copyOf(out);
        describe = out.isEmpty() ? "no HikariCP pools" : out.size() + (out.size() == 1 ? " pool" : " pools");
    }

    private static Map<String, Object> runtime(MBeanServerConnection server) throws IOException {
        Map<String, Object> v = new LinkedHashMap<>();
        try {
            AttributeList l = server.getAttributes(JvmReads.name(ManagementFactory.RUNTIME_MXBEAN_NAME),
                    new String[] {"Name", "StartTime", "Uptime"});
            for (Object o : l) {
                v.put(((Attribute) o).getName(), ((Attribute) o).getValue());
            }
        } catch (JMException e) {
            // identity unknown: restarts are then seen only through the uptime
        }
        return v;
    }
}
