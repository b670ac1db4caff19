package io.sightline.source.jmx;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.IOException;
import java.rmi.server.RMISocketFactory;
import java.time.Duration;

/**
 * Process-wide JMX client hardening, installed once before the first connection: the deserialisation allow-list
 * ({@link JmxSerialFilter}) and RMI socket timeouts. Both are JVM-global by nature (RMI reads its handshake
 * timeout once, when its transport class loads; the serial filter can be set once per JVM), which is why one
 * class owns them and {@link JmxConnector} calls {@link #install()} before connecting.
 */
public final class JmxSecurity {
    private static final Logger LOG = LoggerFactory.getLogger(JmxSecurity.class);

    /** Bounds every connect and the JRMP handshake; a hung target fails well inside the 5 s promise. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** Bounds every response read; a thread dump of a big JVM stays well inside it. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final JmxSerialFilter FILTER = new JmxSerialFilter();
    private static final TimeoutSocketFactory SOCKETS = new TimeoutSocketFactory(CONNECT_TIMEOUT, READ_TIMEOUT);
    private static volatile boolean installed;
    private static volatile boolean filterActive;

    private JmxSecurity() {
    }

    /** Idempotent. Must run before any RMI class is used, so the handshake timeout applies. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        setIfAbsent("sun.rmi.transport.tcp.handshakeTimeout", CONNECT_TIMEOUT.toMillis());
        setIfAbsent("sun.rmi.transport.proxy.connectTimeout", CONNECT_TIMEOUT.toMillis());
        installFilter();
        installSocketFactory();
        installed = true;
    }

    /** The factory with connect/read timeouts, for the JNDI environment of a connection. */
    static TimeoutSocketFactory socketFactory() {
        return SOCKETS;
    }

    /** True when the allow-list guards deserialisation in this JVM. */
    public static boolean filterActive() {
        return filterActive;
    }

    /**
     * If {@code failure} was caused by the filter refusing a class, a one-line explanation naming it; else null.
     * Call on the thread that made the failing call.
     */
    static String refusalMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidClassException && String.valueOf(t.getMessage()).contains("REJECTED")) {
                String refused = FILTER.takeLastRefused();
                return "sent an object of class " + (refused == null ? "(unknown)" : refused)
                        + ", which Sightline refuses to deserialise (only JMX open types and JDK value classes are"
                        + " admitted)";
            }
        }
        return null;
    }

    private static void installFilter() {
        ObjectInputFilter existing = ObjectInputFilter.Config.getSerialFilter();
        if (existing != null) {
            // A filter from -Djdk.serialFilter: ours must still apply, so chain it behind the user's.
            ObjectInputFilter.Config.setSerialFilterFactory((current, next) -> combine(next));
            LOG.info("jdk.serialFilter is set; Sightline's JMX allow-list applies in addition");
        } else {
            ObjectInputFilter.Config.setSerialFilter(FILTER);
        }
        filterActive = true;
    }

    private static ObjectInputFilter combine(ObjectInputFilter next) {
        if (next == null || next == FILTER) {
            return FILTER;
        }
        return info -> {
            ObjectInputFilter.Status ours = FILTER.checkInput(info);
            if (ours == ObjectInputFilter.Status.REJECTED) {
                return ours;
            }
            ObjectInputFilter.Status theirs = next.checkInput(info);
            return theirs == ObjectInputFilter.Status.UNDECIDED ? ours : theirs;
        };
    }

    private static void installSocketFactory() {
        try {
            if (RMISocketFactory.getSocketFactory() == null) {
                RMISocketFactory.setSocketFactory(SOCKETS);
            } else {
                LOG.warn("an RMI socket factory is already installed; JMX reads rely on per-tick timeouts only");
            }
        } catch (IOException e) {
            LOG.warn("cannot install the RMI socket factory: {}", e.toString());
        }
    }

    private static void setIfAbsent(String property, long value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Long.toString(value));
        }
    }
}
