package io.sightline.lint;

/** The stable description of a rule: its id never changes once released, so CI suppressions keep working. */
public record RuleInfo(String id, LintSeverity severity, String title, String helpUri) {
    public static final String README = "https://github.com/brettwooldridge/HikariCP#gear-configuration-knobs-baby";
    public static final String POOL_SIZING = "https://github.com/brettwooldridge/HikariCP/wiki/About-Pool-Sizing";
    public static final String MBEANS = "https://github.com/brettwooldridge/HikariCP/wiki/MBean-(JMX)-Monitoring-and-Management";
    public static final String SPRING_BOOT = "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource.connection-pool";
    public static final String PG_JDBC = "https://jdbc.postgresql.org/documentation/use/#connection-parameters";
    public static final String PG_CONNECTIONS = "https://www.postgresql.org/docs/current/runtime-config-connection.html";
    public static final String SPRING_PLACEHOLDERS = "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders";
}
