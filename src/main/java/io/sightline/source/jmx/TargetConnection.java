package io.sightline.source.jmx;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import java.io.IOException;

/** One open JMX connection to a target, kept open across ticks (reconnecting per tick would cost 100x more). */
public final class TargetConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TargetConnection.class);

    private final TargetSpec spec;
    private final String serviceUrl;
    private final JMXConnector connector;
    private final MBeanServerConnection server;

    TargetConnection(TargetSpec spec, String serviceUrl, JMXConnector connector, MBeanServerConnection server) {
        this.spec = spec;
        this.serviceUrl = serviceUrl;
        this.connector = connector;
        this.server = server;
    }

    public TargetSpec spec() {
        return spec;
    }

    public String serviceUrl() {
        return serviceUrl;
    }

    /** Read-only use only: {@code setAttribute}/{@code invoke} belong to {@link TargetActions} (ArchUnit-checked). */
    public MBeanServerConnection server() {
        return server;
    }

    /** Closes without waiting long: a dead target's close would otherwise block on its read timeout. */
    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the connection to {} failed: {}", spec.name(), e.toString());
        }
    }
}
