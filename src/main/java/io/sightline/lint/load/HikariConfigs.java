package io.sightline.lint.load;

import com.zaxxer.hikari.HikariConfig;
import io.sightline.lint.HikariKeys;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Setting;
import io.sightline.lint.facts.DbCredentials;

import java.util.Properties;

/**
 * Turns a configuration read by {@link io.sightline.lint.read.ConfigReader} into a real {@link HikariConfig},
 * through HikariCP's own property loader, so the pool under test is the pool the service would build.
 */
public final class HikariConfigs {
    private HikariConfigs() {
    }

    /**
     * The pool's settings, pointed at {@code db}. Overrides, and why: the URL and credentials are the ones given
     * on the command line; initializationFailTimeout=1 so an unreachable database fails at once; MBeans off so
     * repeated runs in one JVM never collide; the pool name defaults to {@code sightline-pool-test}.
     *
     * @throws IllegalArgumentException or RuntimeException from HikariCP when a value is unusable
     */
    public static HikariConfig of(PoolConfiguration pool, DbCredentials db) {
        Properties props = new Properties();
        for (Setting s : pool.settings().values()) {
            s.text().ifPresent(text -> props.setProperty(s.property(), text.trim()));
        }
        props.remove(HikariKeys.DATA_SOURCE_CLASS_NAME);
        props.remove(HikariKeys.DRIVER_CLASS_NAME);
        props.setProperty(HikariKeys.JDBC_URL, db.url());
        db.user().ifPresent(u -> props.setProperty("username", u));
        db.password().ifPresent(p -> props.setProperty(HikariKeys.PASSWORD, p));
        props.setProperty("initializationFailTimeout", "1");
        props.setProperty(HikariKeys.REGISTER_MBEANS, "false");
        props.putIfAbsent(HikariKeys.POOL_NAME, "sightline-pool-test");
        HikariConfig config = new HikariConfig(props);
        for (Setting s : pool.driverProperties().values()) {
            if (!s.property().equalsIgnoreCase("url")) {
                s.text().ifPresent(text -> config.addDataSourceProperty(s.property(), text));
            }
        }
        return config;
    }
}
