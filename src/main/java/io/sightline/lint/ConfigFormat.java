package io.sightline.lint;

/** Who reads the configuration decides what a mistake costs: HikariCP fails fast, Spring Boot ignores. */
public enum ConfigFormat {
    /** A HikariCP properties file ({@code new HikariConfig(path)}): an unknown key stops the pool at start-up. */
    HIKARI_PROPERTIES("HikariCP properties"),
    /** Spring Boot {@code application.yml}/{@code .properties}: unknown keys are silently ignored. */
    SPRING("Spring Boot"),
    /** Plain JSON of HikariCP keys, loaded like a HikariCP properties file. */
    JSON("JSON"),
    /** Read from a running pool's {@code PoolConfig} MBean: values are already what HikariCP uses. */
    LIVE("live pool");

    private final String description;

    ConfigFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** HikariCP's own loader ({@code PropertyElf}) reads the values, so {@code 30s} is a valid duration. */
    public boolean readByHikari() {
        return this == HIKARI_PROPERTIES || this == JSON;
    }
}
