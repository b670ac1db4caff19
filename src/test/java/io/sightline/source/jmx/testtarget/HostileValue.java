package io.sightline.source.jmx.testtarget;

import java.io.Serializable;

/** A Serializable class of no JMX open type: stands in for a gadget a hostile target might send. */
public record HostileValue(String payload) implements Serializable {
}
