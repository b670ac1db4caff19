package io.sightline.demo;

/**
 * How to reach the demo's database directly (bypassing the fault proxy). The password is only in memory: it is
 * never printed nor written; {@code sightline demo} users choose it with {@link DemoLauncher#DB_PASSWORD_ENV}.
 */
public record DemoDatabase(String jdbcUrl, String user, char[] password) {
    public DemoDatabase {
        password = password.clone();
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public String toString() {
        return "DemoDatabase[" + jdbcUrl + ", user=" + user + "]";
    }
}
