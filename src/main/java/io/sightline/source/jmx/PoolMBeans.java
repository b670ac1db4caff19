package io.sightline.source.jmx;

import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds HikariCP pools in both naming schemes: {@code com.zaxxer.hikari:type=Pool (NAME)} (the default) and
 * {@code com.zaxxer.hikari:type=Pool,name=NAME} (targets started with {@code -Dhikaricp.jmx.register2.0=true}),
 * each with its {@code PoolConfig} MBean when registered.
 */
public final class PoolMBeans {
    public static final String DOMAIN = "com.zaxxer.hikari";
    static final String[] POOL_ATTRIBUTES = {"ActiveConnections", "IdleConnections", "TotalConnections",
            "ThreadsAwaitingConnection"};
    static final String[] CONFIG_ATTRIBUTES = {"MaximumPoolSize", "MinimumIdle", "ConnectionTimeout", "IdleTimeout",
            "MaxLifetime", "LeakDetectionThreshold", "ValidationTimeout"};
    private static final Pattern CLASSIC = Pattern.compile("(Pool|PoolConfig) \\((.*)\\)");

    private PoolMBeans() {
    }

    /** Which naming scheme a pool's MBeans use. */
    public enum Scheme { CLASSIC, NAME_KEY }

    /** One pool's MBean names; {@code config} is null when the pool registered no PoolConfig MBean. */
    public record PoolNames(String pool, Scheme scheme, ObjectName poolMBean, ObjectName configMBean) {
    }

    public static List<PoolNames> discover(MBeanServerConnection server) throws IOException {
        return fromNames(server.queryNames(pattern(), null));
    }

    static List<PoolNames> fromNames(Set<ObjectName> names) {
        Map<String, ObjectName> pools = new HashMap<>();
        Map<String, Scheme> schemes = new HashMap<>();
        Map<String, ObjectName> configs = new HashMap<>();
        for (ObjectName n : names) {
            String type = n.getKeyProperty("type");
            String name = n.getKeyProperty("name");
            Matcher classic = type == null ? null : CLASSIC.matcher(type);
            if (type == null) {
                continue;
            } else if (name != null && type.equals("Pool")) {
                pools.put(name, n);
                schemes.put(name, Scheme.NAME_KEY);
            } else if (name != null && type.equals("PoolConfig")) {
                configs.put(name, n);
            } else if (classic.matches() && classic.group(1).equals("Pool")) {
                pools.put(classic.group(2), n);
                schemes.put(classic.group(2), Scheme.CLASSIC);
            } else if (classic.matches()) {
                configs.put(classic.group(2), n);
            }
        }
        List<PoolNames> out = new ArrayList<>();
        pools.forEach((pool, mbean) -> out.add(new PoolNames(pool, schemes.get(pool), mbean, configs.get(pool))));
        out.sort((a, b) -> a.pool().compareTo(b.pool()));
        return out;
    }

    static ObjectName pattern() {
        try {
            return new ObjectName(DOMAIN + ":*");
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }
}
