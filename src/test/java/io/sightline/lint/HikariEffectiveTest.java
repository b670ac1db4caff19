package io.sightline.lint;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link HikariEffective} against the real thing: for a grid of settings around every threshold of
 * {@code HikariConfig.validateNumerics()}, the values our simulation predicts must be the values HikariCP 7.1.0
 * itself ends up with after {@code validate()}.
 */
class HikariEffectiveTest {
    private static final Logger HIKARI_LOG = (Logger) LoggerFactory.getLogger(HikariConfig.class);
    private static Level previous;

    @BeforeAll
    static void quietHikari() {
        previous = HIKARI_LOG.getLevel();
        HIKARI_LOG.setLevel(Level.ERROR); // thousands of expected clamp warnings otherwise
    }

    @AfterAll
    static void restore() {
        HIKARI_LOG.setLevel(previous);
    }

    @Test
    void matchesHikariConfigValidateOnAGridAroundEveryThreshold() {
        long[] lifetimes = {0, 10_000, 29_999, 30_000, 60_000, 1_800_000};
        long[] keepalives = {0, 10_000, 30_000, 60_000, 2_000_000};
        long[] leaks = {0, 1_000, 2_000, 60_000, 3_600_000};
        long[] idles = {0, 5_000, 10_000, 59_000, 600_000, 1_800_000};
        Integer[] minIdles = {null, 0, 5, 10, 20};
        int checked = 0;
        for (long lifetime : lifetimes) {
            for (long keepalive : keepalives) {
                for (long leak : leaks) {
                    for (long idle : idles) {
                        for (Integer minIdle : minIdles) {
                            compare(lifetime, keepalive, leak, idle, minIdle);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(6 * 5 * 5 * 6 * 5);
    }

    @Test
    void connectionTimeoutZeroMeansForeverAndTimeoutsBelowTheFloorAreRejectedBySetters() {
        PoolConfiguration forever = pool(List.of("connectionTimeout", "0"));
        assertThat(HikariEffective.of(forever).connectionTimeout()).isEqualTo(Integer.MAX_VALUE);
        HikariConfig real = new HikariConfig();
        real.setConnectionTimeout(0);
        assertThat(real.getConnectionTimeout()).isEqualTo(Integer.MAX_VALUE);

        assertThatThrownBy(() -> new HikariConfig().setConnectionTimeout(249))
                .hasMessageContaining("connectionTimeout cannot be less than 250ms");
        assertThatThrownBy(() -> new HikariConfig().setValidationTimeout(249))
                .hasMessageContaining("validationTimeout cannot be less than 250ms");
    }

    private static void compare(long lifetime, long keepalive, long leak, long idle, Integer minIdle) {
        List<String> kv = new ArrayList<>(List.of("maxLifetime", "" + lifetime, "keepaliveTime", "" + keepalive,
                "leakDetectionThreshold", "" + leak, "idleTimeout", "" + idle, "maximumPoolSize", "10"));
        HikariConfig real = new HikariConfig();
        real.setJdbcUrl("jdbc:h2:mem:grid");
        real.setMaxLifetime(lifetime);
        real.setKeepaliveTime(keepalive);
        real.setLeakDetectionThreshold(leak);
        real.setIdleTimeout(idle);
        real.setMaximumPoolSize(10);
        if (minIdle != null) {
            real.setMinimumIdle(minIdle);
            kv.addAll(List.of("minimumIdle", "" + minIdle));
        }
        real.validate();
        HikariEffective ours = HikariEffective.of(pool(kv));
        String at = kv.toString();
        assertThat(ours.maxLifetime()).as("maxLifetime %s", at).isEqualTo(real.getMaxLifetime());
        assertThat(ours.keepaliveTime()).as("keepaliveTime %s", at).isEqualTo(real.getKeepaliveTime());
        assertThat(ours.leakDetectionThreshold()).as("leak %s", at).isEqualTo(real.getLeakDetectionThreshold());
        assertThat(ours.idleTimeout()).as("idleTimeout %s", at).isEqualTo(real.getIdleTimeout());
        assertThat(ours.minimumIdle()).as("minimumIdle %s", at).isEqualTo(real.getMinimumIdle());
        assertThat(ours.maximumPoolSize()).as("maximumPoolSize %s", at).isEqualTo(real.getMaximumPoolSize());
    }

    private static PoolConfiguration pool(List<String> kv) {
        PoolConfiguration.Builder b = PoolConfiguration.builder("grid", ConfigFormat.HIKARI_PROPERTIES,
                new Location("grid.properties", 1, ""));
        for (int i = 0; i < kv.size(); i += 2) {
            b.set(kv.get(i), kv.get(i + 1), new Location("grid.properties", i / 2 + 1, kv.get(i)));
        }
        return b.build();
    }
}
