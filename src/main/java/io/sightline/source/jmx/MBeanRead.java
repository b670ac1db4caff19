package io.sightline.source.jmx;

import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.ReflectionException;
import java.io.IOException;
import java.time.Clock;

/**
 * One MBean read per tick: a precomputed name and attribute array, exactly one {@code getAttributes} round trip,
 * and a sink per attribute that turns the value into samples. Everything is built once per connection so a tick
 * allocates almost nothing but what RMI itself allocates.
 */
final class MBeanRead {
    /** Turns one attribute value into samples. */
    @FunctionalInterface
    interface Sink {
        void accept(long timeMillis, Object value);
    }

    private final ObjectName name;
    private final String[] attributes;
    private final Sink[] sinks;

    MBeanRead(ObjectName name, String[] attributes, Sink[] sinks) {
        if (attributes.length != sinks.length) {
            throw new IllegalArgumentException("one sink per attribute");
        }
        this.name = name;
        this.attributes = attributes;
        this.sinks = sinks;
    }

    ObjectName name() {
        return name;
    }

    /**
     * Reads and writes the samples, stamped with the time the answer arrived.
     *
     * @return false when the MBean is gone (a pool that was closed), true otherwise
     * @throws IOException when the connection failed: the caller treats the target as lost
     */
    boolean read(MBeanServerConnection server, Clock clock) throws IOException {
        AttributeList values;
        try {
            values = server.getAttributes(name, attributes);
        } catch (InstanceNotFoundException e) {
            return false;
        } catch (ReflectionException e) {
            return true; // the MBean refused this read; try again next tick
        } catch (IOException e) {
            String refusal = JmxSecurity.refusalMessage(e);
            if (refusal != null) {
                throw new RefusedReadException(name, refusal, e);
            }
            throw e;
        }
        long now = clock.millis();
        for (Object o : values) {
            Attribute a = (Attribute) o;
            int i = indexOf(a.getName());
            if (i >= 0) {
                sinks[i].accept(now, a.getValue());
            }
        }
        return true;
    }

    private int indexOf(String attribute) {
        for (int i = 0; i < attributes.length; i++) {
            if (attributes[i].equals(attribute)) {
                return i;
            }
        }
        return -1;
    }

    static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
