package io.sightline.source.jmx;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.source.jmx.testtarget.TargetProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A target whose JMX connector and registry use TLS with a self-signed certificate, trusted via a truststore. */
class JmxTlsIT {
    private final Lifecycle lifecycle = new Lifecycle();

    @AfterEach
    void tearDown() {
        lifecycle.close();
    }

    @Test
    void connectsWithTheTruststoreAndRefusesAnUntrustedCertificateInOneLine(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        Path cert = dir.resolve("server.cer");
        Path truststore = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "jmx", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-alias", "jmx", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "jmx", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", truststore.toString(), "-storepass", "trust-pw");
        List<String> tls = List.of("-Dcom.sun.management.jmxremote.ssl=true",
                "-Dcom.sun.management.jmxremote.registry.ssl=true",
                "-Djavax.net.ssl.keyStore=" + keystore, "-Djavax.net.ssl.keyStorePassword=changeit",
                "-Djavax.net.ssl.keyStoreType=PKCS12");
        JmxConnector connector = new JmxConnector(lifecycle.newCachedPool("tls-test"));
        try (TargetProcess target = TargetProcess.start(0, tls, "pool:secure:2")) {
            TargetSpec untrusted = new TargetSpec("secure", target.address(), null, true, null);
            long start = System.nanoTime();
            Throwable refused = catchThrowable(() -> connector.connect(untrusted, Credentials.NONE));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(refused).isInstanceOf(TargetUnavailableException.class);
            assertThat(refused.getMessage()).as(refused.getMessage()).doesNotContain("\n").startsWith("target 'secure'").contains("certificate is not trusted");

            TargetSpec plain = new TargetSpec("secure", target.address(), null, false, null);
            assertThat(catchThrowable(() -> connector.connect(plain, Credentials.NONE))).hasMessageNotContaining("\n")
                    .hasMessageStartingWith("target 'secure'");

            TargetSpec trusted = new TargetSpec("secure", target.address(), null, true, truststore.toString());
            try (TargetConnection c = connector.connect(trusted, new Credentials(null, "trust-pw".toCharArray()))) {
                assertThat(PoolMBeans.discover(c.server())).extracting(PoolMBeans.PoolNames::pool).containsExactly("secure");
            }
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
