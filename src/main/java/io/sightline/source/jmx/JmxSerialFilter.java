package io.sightline.source.jmx;

import java.io.ObjectInputFilter;
import java.util.List;

/**
 * The allow-list for what a JMX target may make Sightline deserialise. JMX over RMI deserialises whatever the
 * server sends, so a hostile or compromised target could otherwise ship a gadget chain. Admitted: the JMX open
 * types and the rest of {@code javax.management}, the RMI plumbing that carries them, and the JDK value classes
 * they are built from. Everything else is refused and remembered per thread, so the caller can name the class.
 */
final class JmxSerialFilter implements ObjectInputFilter {
    /** Package prefixes admitted (a trailing dot means the package and its sub-packages). */
    private static final List<String> ALLOWED_PREFIXES = List.of(
            "java.lang.",            // boxed values, String, exceptions, StackTraceElement, Enum, reflect.Proxy
            "java.util.",            // collections inside CompositeData/TabularData, Date, Locale
            "java.math.",            // BigDecimal, BigInteger open types
            "java.rmi.",             // stubs, ObjID, UID, VMID, Lease, RemoteException
            "javax.management.",     // AttributeList, ObjectName, open types, MBeanInfo, exceptions
            "javax.security.auth.",  // Subject in SecurityException paths of authenticated connectors
            "java.security.",        // GeneralSecurityException inside a failed login's SecurityException
            "javax.net.",            // SSL exceptions of TLS targets
            "java.nio.",             // I/O exceptions
            "javax.rmi.ssl.",        // SslRMIClientSocketFactory embedded in stubs of TLS targets
            "java.io.",              // IOException and friends inside RemoteException
            "java.net.",             // exceptions (ConnectException, SocketTimeoutException), InetAddress
            "java.time.",
            "sun.rmi.server.",       // RMI refs and the activation-free stub machinery
            "sun.rmi.transport.",
            "com.sun.jmx.",          // JDK JMX internals in exceptions and MBeanInfo descriptors
            "jdk.management.jfr.",   // nothing here is read, but FlightRecorder MBeanInfo names it
            "io.sightline.source.jmx.TimeoutSocketFactory"); // our own factory, sent back in registry stubs

    private static final long MAX_DEPTH = 50;
    private static final long MAX_REFERENCES = 2_000_000;
    private static final long MAX_ARRAY = 1_000_000;

    private final ThreadLocal<String> lastRefused = new ThreadLocal<>();
    /** Every RMI answer re-checks the same few classes: decide each class once. */
    private final ClassValue<Boolean> allowed = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Class<?> t = type;
            while (t.isArray()) {
                t = t.getComponentType();
            }
            return t.isPrimitive() || isAllowed(t.getName());
        }
    };

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.arrayLength() > MAX_ARRAY) {
            lastRefused.set("a graph beyond the size limits (depth " + info.depth() + ")");
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED;
        }
        if (allowed.get(type)) {
            return Status.ALLOWED;
        }
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        lastRefused.set(element.getName());
        return Status.REJECTED;
    }

    static boolean isAllowed(String className) {
        for (String prefix : ALLOWED_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The class this thread's last refusal named, then forgets it; null when nothing was refused. */
    String takeLastRefused() {
        String refused = lastRefused.get();
        lastRefused.remove();
        return refused;
    }
}
