package io.sightline.source.jmx;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;
import java.time.Duration;
import java.util.Objects;

/**
 * RMI client sockets with a connect timeout and a read timeout. JMX has no per-call timeout, so without these a
 * target that accepts and never answers would hang its caller forever. Installed for the registry lookup
 * (through the JNDI environment) and as the process default for stubs that name no factory of their own.
 * Server sockets (tests, benchmarks) are left to the JDK's default factory.
 */
public final class TimeoutSocketFactory extends RMISocketFactory implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    public TimeoutSocketFactory(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeoutMillis = (int) connectTimeout.toMillis();
        this.readTimeoutMillis = (int) readTimeout.toMillis();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return RMISocketFactory.getDefaultSocketFactory().createServerSocket(port);
    }

    public int readTimeoutMillis() {
        return readTimeoutMillis;
    }

    // RMI caches connections per (endpoint, factory): equal factories share connections.
    @Override
    public boolean equals(Object o) {
        return o instanceof TimeoutSocketFactory f && f.connectTimeoutMillis == connectTimeoutMillis
                && f.readTimeoutMillis == readTimeoutMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeoutMillis, readTimeoutMillis);
    }
}
