package io.sightline.source.jmx;

import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a target offers to chart: its MBeans, and for one MBean the attributes that read as numbers now (plain
 * numbers and booleans, and the numeric items of composite values such as {@code HeapMemoryUsage}). Tabular data,
 * strings and arrays are left out: a chart cannot draw them.
 */
public final class MBeanCatalog {
    /** One chartable attribute (or composite item) with the value it read when listed. */
    public record Entry(AttributeWatch watch, String type, double value, String description) {
    }

    private MBeanCatalog() {
    }

    /** Every MBean of the target, by canonical name. */
    public static List<String> mbeans(MBeanServerConnection server) throws IOException {
        Set<String> names = new TreeSet<>();
        for (ObjectName n : server.queryNames(null, null)) {
            names.add(n.getCanonicalName());
        }
        return List.copyOf(names);
    }

    /** The chartable attributes of one MBean, read once (one round trip for the values). */
    public static List<Entry> chartable(MBeanServerConnection server, String mbean) throws IOException {
        ObjectName name = AttributeWatch.of(mbean, "x").objectName();
        MBeanAttributeInfo[] infos;
        try {
            infos = server.getMBeanInfo(name).getAttributes();
        } catch (JMException e) {
            throw new IOException(mbean + " cannot be described: " + e.getMessage(), e);
        }
        List<String> readable = new ArrayList<>();
        java.util.Map<String, MBeanAttributeInfo> byName = new java.util.HashMap<>();
        for (MBeanAttributeInfo info : infos) {
            if (info.isReadable() && !info.getType().startsWith("[") && !info.getName().matches(".*[/{}.].*")) {
                readable.add(info.getName());
                byName.put(info.getName(), info);
            }
        }
        AttributeList values;
        try {
            values = server.getAttributes(name, readable.toArray(String[]::new));
        } catch (JMException e) {
            throw new IOException(mbean + " cannot be read: " + e.getMessage(), e);
        }
        List<Entry> out = new ArrayList<>();
        for (Object o : values) {
            Attribute a = (Attribute) o;
            MBeanAttributeInfo info = byName.get(a.getName());
            addEntries(out, name.getCanonicalName(), a.getName(), a.getValue(), info == null ? "" : info.getDescription());
        }
        out.sort(java.util.Comparator.comparing(e -> e.watch().path()));
        return out;
    }

    private static void addEntries(List<Entry> out, String mbean, String attribute, Object value, String description) {
        double number = numeric(value);
        if (!Double.isNaN(number) || value instanceof Number) {
            out.add(new Entry(new AttributeWatch(mbean, attribute, null), typeOf(value), number, description));
        } else if (value instanceof CompositeData data) {
            for (String key : new TreeSet<>(data.getCompositeType().keySet())) {
                Object item = data.get(key);
                if (!key.matches(".*[/{}].*") && (item instanceof Number || item instanceof Boolean)) {
                    out.add(new Entry(new AttributeWatch(mbean, attribute, key), typeOf(item), numeric(item), description));
                }
            }
        }
    }

    /** A number, a boolean as 0/1, or NaN for anything a chart cannot draw. */
    static double numeric(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return Double.NaN;
    }

    private static String typeOf(Object value) {
        return value == null ? "?" : value.getClass().getSimpleName();
    }
}
