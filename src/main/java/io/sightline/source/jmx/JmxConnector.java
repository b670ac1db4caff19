package io.sightline.source.jmx;

import io.sightline.source.jmx.TargetUnavailableException.Reason;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import javax.naming.NameNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Opens JMX connections with bounded waiting and one-line failures naming the target. Every connect runs on a
 * worker and is abandoned after {@link #CONNECT_DEADLINE}, so a caller (the poller, the CLI, the GUI's action)
 * always gets an answer within 5 s, whatever the target does.
 */
public final class JmxConnector {
    /** The promise to users: an answer, good or bad, within this. */
    public static final Duration CONNECT_DEADLINE = Duration.ofMillis(4500);
    private static final Pattern HOST_PORT = Pattern.compile("\\[?[A-Za-z0-9.\\-:]+]?:\\d{1,5}");

    private final ExecutorService workers;
    private final TlsTrust tls = new TlsTrust();

    /** @param workers where blocking connects run (a cached pool owned by the caller's lifecycle) */
    public JmxConnector(ExecutorService workers) {
        this.workers = workers;
        JmxSecurity.install();
    }

    /** Connects or throws with one line naming the target; never blocks longer than {@link #CONNECT_DEADLINE}. */
    public TargetConnection connect(TargetSpec spec, Credentials credentials) throws TargetUnavailableException {
        String url = serviceUrl(spec);
        Future<TargetConnection> attempt = workers.submit(() -> open(spec, url, credentials));
        try {
            return attempt.get(CONNECT_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            closeWhenDone(attempt); // RMI connects ignore interrupts; let it finish and close it then
            throw new TargetUnavailableException(prefix(spec) + "no answer within "
                    + CONNECT_DEADLINE.toMillis() / 1000.0 + " s", Reason.UNREACHABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempt.cancel(true);
            throw new TargetUnavailableException(prefix(spec) + "connect interrupted", Reason.UNREACHABLE, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TargetUnavailableException t) {
                throw t;
            }
            throw describe(spec, e.getCause(), null);
        }
    }

    /** The JMX service URL the spec stands for; attaches to a local JVM to ask for its agent's address. */
    static String serviceUrl(TargetSpec spec) throws TargetUnavailableException {
        String a = spec.address().trim();
        if (spec.isLocal()) {
            return LocalJvms.serviceUrl(spec.pid(), spec.name());
        }
        if (a.startsWith("service:jmx:")) {
            return a;
        }
        if (HOST_PORT.matcher(a).matches()) {
            return "service:jmx:rmi:///jndi/rmi://" + a + "/jmxrmi";
        }
        throw new TargetUnavailableException(prefix(spec) + "not a JMX address; give host:port, a service:jmx: URL"
                + " or a process id", Reason.BAD_ADDRESS, null);
    }

    private TargetConnection open(TargetSpec spec, String url, Credentials credentials)
            throws TargetUnavailableException {
        String refusedBefore = null;
        try {
            JMXServiceURL serviceUrl = new JMXServiceURL(url);
            JMXConnector connector = JMXConnectorFactory.connect(serviceUrl, environment(spec, credentials));
            try {
                MBeanServerConnection server = connector.getMBeanServerConnection();
                server.getMBeanCount(); // the first real call: proves the connection and the credentials
                return new TargetConnection(spec, url, connector, server);
            } catch (IOException | RuntimeException e) {
                refusedBefore = JmxSecurity.refusalMessage(e);
                connector.close();
                throw e;
            }
        } catch (MalformedURLException e) {
            throw new TargetUnavailableException(prefix(spec) + "bad JMX URL: " + e.getMessage(), Reason.BAD_ADDRESS, e);
        } catch (IOException | RuntimeException e) {
            throw describe(spec, e, refusedBefore);
        }
    }

    private Map<String, Object> environment(TargetSpec spec, Credentials credentials) throws TargetUnavailableException {
        Map<String, Object> env = new HashMap<>();
        if (spec.user() != null || credentials.hasPassword()) {
            char[] password = credentials.password();
            env.put(JMXConnector.CREDENTIALS, new String[] {spec.user(), password == null ? "" : new String(password)});
        }
        Object sockets = spec.tls() ? tls.registrySocketFactory(spec, credentials) : JmxSecurity.socketFactory();
        env.put("com.sun.jndi.rmi.factory.socket", sockets);            // registry lookup
        env.put("jmx.remote.rmi.client.socket.factory", sockets);       // connector stubs that take it from here
        return env;
    }

    /** Turns any connect failure into one line naming the target. */
    static TargetUnavailableException describe(TargetSpec spec, Throwable e, String refusal) {
        String refused = refusal != null ? refusal : JmxSecurity.refusalMessage(e);
        if (refused != null) {
            return new TargetUnavailableException(prefix(spec) + refused, Reason.REFUSED_CONTENT, e);
        }
        if (has(e, SecurityException.class)) {
            return new TargetUnavailableException(prefix(spec) + "authentication failed (wrong user or password?): "
                    + rootMessage(e, SecurityException.class), Reason.AUTHENTICATION, e);
        }
        if (has(e, java.security.cert.CertPathBuilderException.class) || has(e, java.security.cert.CertificateException.class)) {
            return new TargetUnavailableException(prefix(spec) + "TLS: the target's certificate is not trusted"
                    + " (give the truststore that holds it)", Reason.BAD_ADDRESS, e);
        }
        if (has(e, javax.net.ssl.SSLException.class)) {
            return new TargetUnavailableException(prefix(spec) + "TLS handshake failed: " + oneLine(e), Reason.BAD_ADDRESS, e);
        }
        if (String.valueOf(rootMessage(e, java.rmi.ConnectIOException.class)).contains("non-JRMP")) {
            return new TargetUnavailableException(prefix(spec) + "the port answers, but not as plain JMX/RMI"
                    + " (does the target use TLS? then enable TLS)", Reason.BAD_ADDRESS, e);
        }
        if (has(e, UnknownHostException.class)) {
            return new TargetUnavailableException(prefix(spec) + "unknown host " + rootMessage(e, UnknownHostException.class),
                    Reason.UNREACHABLE, e);
        }
        if (has(e, SocketTimeoutException.class)) {
            return new TargetUnavailableException(prefix(spec) + "no answer within "
                    + JmxSecurity.CONNECT_TIMEOUT.toSeconds() + " s (port open but nothing JMX answers?)", Reason.UNREACHABLE, e);
        }
        if (has(e, ConnectException.class)) {
            return new TargetUnavailableException(prefix(spec) + "connection refused (is the JMX port right and open?)",
                    Reason.UNREACHABLE, e);
        }
        if (has(e, NameNotFoundException.class)) {
            return new TargetUnavailableException(prefix(spec) + "an RMI registry answers but has no 'jmxrmi' connector",
                    Reason.BAD_ADDRESS, e);
        }
        return new TargetUnavailableException(prefix(spec) + oneLine(e), Reason.UNREACHABLE, e);
    }

    static String prefix(TargetSpec spec) {
        return "target '" + spec.name() + "' (" + spec.address() + "): ";
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    private static Throwable find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e, Class<? extends Throwable> type) {
        Throwable t = find(e, type);
        return t == null || t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** A connect that finished after we gave up must not leak its connection. */
    private void closeWhenDone(Future<TargetConnection> attempt) {
        workers.execute(() -> {
            try {
                attempt.get().close();
            } catch (Exception ignored) {
                // it failed or was cancelled: nothing to close
            }
        });
    }
}
