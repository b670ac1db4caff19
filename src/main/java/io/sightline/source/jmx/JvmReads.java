package io.sightline.source.jmx;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.Unit;

import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM basics of one target, one read per platform MBean: heap used/committed, GC count and time per
 * collector (and the share of wall time spent in GC), live threads, process CPU, uptime (derived, see below).
 */
final class JvmReads {
    private static final double MIB = 1024.0 * 1024.0;

    private final List<MBeanRead> reads = new ArrayList<>();
    private final Series gcShare;
    private final double[] gcTimes;
    private double previousGcTime = Double.NaN;
    private long previousTime;
    private final Series uptime;
    private final long uptimeAtConnect;
    private final long connectMillis;

    /**
     * @param uptimeAtConnect the target's uptime read at connect; later uptimes are derived from the client's
     *                        clock, which saves one remote call per tick (a restart breaks the connection anyway)
     * @param connectMillis   the client's time of that read
     */
    JvmReads(MBeanServerConnection server, TargetSeries series, long uptimeAtConnect, long connectMillis)
            throws IOException {
        this.uptimeAtConnect = uptimeAtConnect;
        this.connectMillis = connectMillis;
        reads.add(new MBeanRead(name(ManagementFactory.MEMORY_MXBEAN_NAME), new String[] {"HeapMemoryUsage"},
                new MBeanRead.Sink[] {heap(series.get(Metrics.HEAP_USED, Unit.MEBIBYTES),
                        series.get(Metrics.HEAP_COMMITTED, Unit.MEBIBYTES))}));
        List<ObjectName> collectors = new ArrayList<>(server.queryNames(
                name(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*"), null));
        collectors.sort(null);
        gcTimes = new double[collectors.size()];
        for (int i = 0; i < collectors.size(); i++) {
            reads.add(gcRead(collectors.get(i), series, i));
        }
        gcShare = series.get(Metrics.GC_SHARE, Unit.PERCENT);
        reads.add(new MBeanRead(name(ManagementFactory.THREAD_MXBEAN_NAME), new String[] {"ThreadCount"},
                new MBeanRead.Sink[] {PoolReads.gauge(series.get(Metrics.THREADS_LIVE, Unit.THREADS))}));
        Series cpu = series.get(Metrics.CPU_PROCESS, Unit.PERCENT);
        reads.add(new MBeanRead(name(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME), new String[] {"ProcessCpuLoad"},
                new MBeanRead.Sink[] {(t, v) -> cpu.append(t, percent(MBeanRead.number(v)))}));
        uptime = series.get(Metrics.UPTIME, Unit.MILLISECONDS);
    }

    List<MBeanRead> reads() {
        return reads;
    }

    /** After the reads of a tick: uptime, and the share of wall time in GC since the previous tick. */
    void afterTick(long now) {
        if (uptimeAtConnect >= 0) {
            uptime.append(now, uptimeAtConnect + (now - connectMillis));
        }
        double total = 0;
        for (double t : gcTimes) {
            total += t;
        }
        if (!Double.isNaN(previousGcTime) && now > previousTime) {
            gcShare.append(now, Math.max(0, Math.min(100, (total - previousGcTime) * 100.0 / (now - previousTime))));
        }
        previousGcTime = total;
        previousTime = now;
    }

    private MBeanRead gcRead(ObjectName collector, TargetSeries series, int index) {
        String gc = collector.getKeyProperty("name");
        Series count = series.get(Metrics.GC_COUNT, Unit.COUNT, Metrics.LABEL_GC, TargetSpec.sanitize(gc));
        Series time = series.get(Metrics.GC_TIME, Unit.MILLISECONDS, Metrics.LABEL_GC, TargetSpec.sanitize(gc));
        return new MBeanRead(collector, new String[] {"CollectionCount", "CollectionTime"}, new MBeanRead.Sink[] {
                PoolReads.gauge(count),
                (t, v) -> {
                    double ms = MBeanRead.number(v);
                    time.append(t, ms);
                    gcTimes[index] = Double.isNaN(ms) ? gcTimes[index] : ms;
                }});
    }

    private static MBeanRead.Sink heap(Series used, Series committed) {
        return (t, v) -> {
            if (v instanceof CompositeData usage) {
                used.append(t, MBeanRead.number(usage.get("used")) / MIB);
                committed.append(t, MBeanRead.number(usage.get("committed")) / MIB);
            }
        };
    }

    private static double percent(double load) {
        return load < 0 ? Double.NaN : load * 100.0;
    }

    static ObjectName name(String text) {
        try {
            return new ObjectName(text);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }
}
