package io.sightline.source.jmx;

import io.sightline.series.Series;
import io.sightline.series.Unit;

import javax.management.MBeanServerConnection;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads for the attributes a user chose to chart on one target: one {@link MBeanRead} (one round trip) per
 * MBean, whatever number of its attributes are watched. An MBean that is gone (unregistered, or not there yet)
 * leaves a gap in its series and is tried again on every tick, so it joins as soon as it appears.
 */
final class WatchedReads {
    private final List<MBeanRead> reads = new ArrayList<>();
    private final Map<MBeanRead, List<Series>> seriesOf = new LinkedHashMap<>();
    private final List<MBeanRead> missing = new ArrayList<>();

    WatchedReads(List<AttributeWatch> watches, TargetSeries series) {
        Map<String, Map<String, List<AttributeWatch>>> byMBean = new LinkedHashMap<>();
        for (AttributeWatch w : watches) {
            byMBean.computeIfAbsent(w.mbean(), m -> new LinkedHashMap<>())
                    .computeIfAbsent(w.attribute(), a -> new ArrayList<>()).add(w);
        }
        byMBean.forEach((mbean, attributes) -> {
            List<String> names = new ArrayList<>(attributes.keySet());
            MBeanRead.Sink[] sinks = new MBeanRead.Sink[names.size()];
            List<Series> all = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                List<AttributeWatch> ws = attributes.get(names.get(i));
                Series[] out = new Series[ws.size()];
                String[] items = new String[ws.size()];
                for (int j = 0; j < ws.size(); j++) {
                    out[j] = series.watched(ws.get(j).seriesId(series.target()), Unit.NONE);
                    items[j] = ws.get(j).item();
                    all.add(out[j]);
                }
                sinks[i] = sink(items, out);
            }
            MBeanRead read = new MBeanRead(attributes.values().iterator().next().get(0).objectName(),
                    names.toArray(String[]::new), sinks);
            reads.add(read);
            seriesOf.put(read, all);
        });
    }

    /** Reads every watched MBean; one whose answer the serialization filter refuses is never read again. */
    void tick(MBeanServerConnection server, Clock clock, java.util.function.Consumer<RefusedReadException> refused)
            throws IOException {
        for (MBeanRead read : new ArrayList<>(reads)) {
            boolean present;
            try {
                present = read.read(server, clock);
            } catch (RefusedReadException e) {
                reads.remove(read);
                refused.accept(e);
                continue;
            }
            if (!present && !missing.contains(read)) {
                missing.add(read);
                long now = clock.millis();
                seriesOf.get(read).forEach(s -> s.appendGap(now));
            } else if (present) {
                missing.remove(read);
            }
        }
    }

    boolean isEmpty() {
        return reads.isEmpty();
    }

    private static MBeanRead.Sink sink(String[] items, Series[] out) {
        return (t, value) -> {
            for (int j = 0; j < items.length; j++) {
                Object v = items[j] == null ? value
                        : value instanceof CompositeData data && data.containsKey(items[j]) ? data.get(items[j]) : null;
                double d = MBeanCatalog.numeric(v);
                if (Double.isNaN(d)) {
                    out[j].appendGap(t);
                } else {
                    out[j].append(t, d);
                }
            }
        };
    }
}
