package io.sightline.source.jmx;

import io.sightline.source.jmx.TargetUnavailableException.Reason;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.server.RMIClientSocketFactory;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * TLS for JMX targets. A TLS JMX agent embeds {@code SslRMIClientSocketFactory} in its stubs, which always uses
 * the JVM's default {@code SSLContext}; so a target's truststore is added to one process-wide trust manager that
 * trusts the JDK's CAs plus every truststore a user configured, installed as the default context on first use.
 */
final class TlsTrust {
    private static final List<X509TrustManager> TRUSTED = new CopyOnWriteArrayList<>();
    private static volatile SSLContext context;

    RMIClientSocketFactory registrySocketFactory(TargetSpec spec, Credentials credentials)
            throws TargetUnavailableException {
        try {
            SSLContext ssl = install();
            if (spec.truststore() != null) {
                TRUSTED.add(load(Path.of(spec.truststore()), credentials.truststorePassword()));
            }
            return new SslSockets(ssl.getSocketFactory());
        } catch (IOException | GeneralSecurityException e) {
            throw new TargetUnavailableException(JmxConnector.prefix(spec) + "cannot use truststore "
                    + spec.truststore() + ": " + JmxConnector.oneLine(e), Reason.BAD_ADDRESS, e);
        }
    }

    private static synchronized SSLContext install() throws GeneralSecurityException {
        if (context == null) {
            TRUSTED.add(defaultTrust(null));
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {new AnyOf()}, null);
            SSLContext.setDefault(ssl);
            context = ssl;
        }
        return context;
    }

    private static X509TrustManager load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(file.toString().endsWith(".jks") ? "JKS" : "PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return defaultTrust(store);
    }

    private static X509TrustManager defaultTrust(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        for (TrustManager tm : f.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X509 trust manager");
    }

    /** Trusts a server that any configured trust manager trusts. */
    private static final class AnyOf implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("Sightline does not accept client connections");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException last = null;
            for (X509TrustManager tm : TRUSTED) {
                try {
                    tm.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    last = e;
                }
            }
            throw last != null ? last : new CertificateException("no trusted certificates configured");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return TRUSTED.stream().flatMap(t -> List.of(t.getAcceptedIssuers()).stream())
                    .toArray(X509Certificate[]::new);
        }
    }

    /** TLS sockets for the registry lookup, with the same connect/read timeouts as plain ones. */
    private record SslSockets(SSLSocketFactory ssl) implements RMIClientSocketFactory {
        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket plain = new Socket();
            plain.connect(new InetSocketAddress(host, port), (int) JmxSecurity.CONNECT_TIMEOUT.toMillis());
            plain.setSoTimeout((int) JmxSecurity.READ_TIMEOUT.toMillis());
            return ssl.createSocket(plain, host, port, true);
        }
    }
}
