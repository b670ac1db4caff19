package io.sightline.source.jmx;

import javax.management.MBeanServerConnection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What to tell a responder when a target shows no HikariCP pool, instead of an empty panel: the usual causes in
 * the order they usually apply, how to fix each, and any other pool library the target does expose.
 */
public final class NoPoolsDiagnosis {
    private static final Map<String, String> OTHER_POOLS = Map.of(
            "org.apache.commons.dbcp2", "Apache Commons DBCP2",
            "tomcat.jdbc", "Tomcat JDBC pool",
            "org.apache.tomcat.jdbc.pool.jmx", "Tomcat JDBC pool",
            "com.mchange.v2.c3p0", "c3p0",
            "oracle.ucp.admin", "Oracle UCP",
            "com.alibaba.druid", "Druid",
            "io.agroal", "Agroal");

    private NoPoolsDiagnosis() {
    }

    /** The explanation for {@code targetName}, naming other pool libraries found among {@code domains}. */
    public static String explain(String targetName, List<String> domains) {
        List<String> lines = new ArrayList<>();
        lines.add("No HikariCP pool MBeans on '" + targetName + "' (nothing under com.zaxxer.hikari:*). Usual causes:");
        lines.add("1. registerMbeans is off, which is HikariCP's default. Fix: set registerMbeans=true"
                + " (Spring Boot: spring.datasource.hikari.register-mbeans=true; properties file: registerMbeans=true).");
        lines.add("2. The pool has not started yet: HikariCP registers its MBeans when the pool starts, and many"
                + " applications start it on the first query. Fix: send one request, or wait; Sightline looks again"
                + " every few seconds.");
        lines.add("3. A pool-name collision: two pools with the same poolName cannot both register (HikariCP logs"
                + " 'You cannot use the same pool name for separate pool instances'). Fix: give every pool a unique"
                + " poolName.");
        for (String domain : domains) {
            String other = OTHER_POOLS.get(domain);
            if (other != null) {
                lines.add("Note: this JVM exposes " + other + " MBeans (domain " + domain + "), a different pool"
                        + " library that Sightline does not read yet.");
            }
        }
        return String.join("\n", lines);
    }

    static String explain(String targetName, MBeanServerConnection server) throws IOException {
        return explain(targetName, Arrays.asList(server.getDomains()));
    }
}
