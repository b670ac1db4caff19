package io.sightline.lint;

import io.sightline.cli.SightlineCommand;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The figures of {@code docs/benchmarks.md} ("pool-test"): {@code sightline pool-test} with a pool of 2 and of 20
 * against a real PostgreSQL on loopback, 20 virtual users for 10 s. Run with
 * {@code mvn -o -q test-compile exec:java -Dexec.mainClass=io.sightline.lint.PoolTestBench -Dexec.classpathScope=test}.
 */
public final class PoolTestBench {
    private PoolTestBench() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres?user=postgres";
            Path dir = Files.createTempDirectory("pool-test-bench");
            for (int size : new int[] {2, 20}) {
                Path config = Files.writeString(dir.resolve("pool-" + size + ".properties"),
                        "maximumPoolSize=" + size + "\nconnectionTimeout=250\n");
                int exit = SightlineCommand.execute("pool-test", "--config", config.toString(), "--jdbc-url", url,
                        "--concurrency", "20", "--duration", "10s");
                System.out.println("exit " + exit);
            }
        }
    }
}
