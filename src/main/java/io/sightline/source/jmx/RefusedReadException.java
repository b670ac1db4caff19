package io.sightline.source.jmx;

import javax.management.ObjectName;
import java.io.IOException;

/**
 * One MBean's answer was refused by the serialization filter. The connection itself is fine: the poller stops
 * reading that MBean, says so in an event, and keeps polling the rest.
 */
final class RefusedReadException extends IOException {
    private final transient ObjectName mbean;

    RefusedReadException(ObjectName mbean, String refusal, Throwable cause) {
        super(mbean + ": target " + refusal, cause);
        this.mbean = mbean;
    }

    ObjectName mbean() {
        return mbean;
    }
}
