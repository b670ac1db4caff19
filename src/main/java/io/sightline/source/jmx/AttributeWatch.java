package io.sightline.source.jmx;

import io.sightline.series.Metrics;
import io.sightline.series.SeriesId;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One MBean attribute the user asked to poll, beyond the pool and JVM basics every target gets: a number, or one
 * numeric item of a composite attribute ({@code HeapMemoryUsage.used}). Its series is
 * {@code jmx/<target>/mbean.<attribute>[.<item>]{mbean=<object name>}}; the object name's commas become
 * semicolons there, because series labels are comma-separated.
 *
 * @param mbean     the canonical object name
 * @param attribute the attribute's name
 * @param item      the composite item, or null for a plain number
 */
public record AttributeWatch(String mbean, String attribute, String item) {
    /** Series metric prefix of watched attributes. */
    public static final String METRIC_PREFIX = "mbean.";
    /** Series label holding the object name. */
    public static final String LABEL_MBEAN = "mbean";

    public AttributeWatch {
        Objects.requireNonNull(attribute, "attribute");
        mbean = canonical(mbean);
        if (attribute.isBlank() || attribute.matches(".*[/{}].*") || (item != null && item.matches(".*[/{}].*"))) {
            throw new IllegalArgumentException("attribute '" + attribute + "' of " + mbean + " cannot be charted");
        }
        item = item == null || item.isEmpty() ? null : item;
    }

    public static AttributeWatch of(String mbean, String attribute) {
        return new AttributeWatch(mbean, attribute, null);
    }

    /** What the chart legend and the catalogue show: {@code HeapMemoryUsage.used}. */
    public String path() {
        return item == null ? attribute : attribute + "." + item;
    }

    public SeriesId seriesId(String target) {
        return SeriesId.of(Metrics.SOURCE_JMX, target, METRIC_PREFIX + path(), Map.of(LABEL_MBEAN, mbean.replace(',', ';')));
    }

    /** The watch behind a series id, or empty when the series is not a watched attribute. */
    public static Optional<AttributeWatch> fromSeries(SeriesId id) {
        String mbean = id.label(LABEL_MBEAN);
        if (!id.source().equals(Metrics.SOURCE_JMX) || !id.metric().startsWith(METRIC_PREFIX) || mbean == null) {
            return Optional.empty();
        }
        String path = id.metric().substring(METRIC_PREFIX.length());
        int dot = path.indexOf('.');
        try {
            return Optional.of(new AttributeWatch(mbean.replace(';', ','), dot < 0 ? path : path.substring(0, dot),
                    dot < 0 ? null : path.substring(dot + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    ObjectName objectName() {
        try {
            return new ObjectName(mbean);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e); // checked in the constructor
        }
    }

    private static String canonical(String mbean) {
        Objects.requireNonNull(mbean, "mbean");
        try {
            ObjectName name = new ObjectName(mbean);
            if (name.isPattern()) {
                throw new IllegalArgumentException("'" + mbean + "' is a pattern, not one MBean");
            }
            return name.getCanonicalName();
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("'" + mbean + "' is not an MBean name: " + e.getMessage());
        }
    }
}
