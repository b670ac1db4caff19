package io.sightline.lint.read;

import com.zaxxer.hikari.HikariConfig;
import io.sightline.lint.ConfigFormat;
import io.sightline.lint.PoolConfiguration;
import io.sightline.lint.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigReaderTest {
    private final ConfigReader reader = new ConfigReader();

    @Test
    void springRelaxedBindingReachesThePoolWithLinesAndPlaceholders() throws Exception {
        PoolConfiguration pool = single(read("relaxed.properties"));

        assertThat(pool.format()).isEqualTo(ConfigFormat.SPRING);
        assertThat(pool.label()).isEqualTo("spring.datasource.hikari");
        assertThat(pool.number("maximumPoolSize")).contains(12L);
        assertThat(pool.number("minimumIdle")).contains(3L);
        assertThat(pool.number("connectionTimeout")).contains(4000L);
        assertThat(pool.setting("connectionTimeout").map(s -> s.location().line())).contains(5);
        assertThat(pool.jdbcUrl()).contains("jdbc:postgresql://127.0.0.1:5432/shop");
        assertThat(pool.driverProperties()).containsKey("socketTimeout");
        assertThat(pool.number("registerMbeans")).as("placeholder default").contains(1L);
        assertThat(pool.setting("poolName").flatMap(Setting::text)).as("no default: unknown").isEmpty();
    }

    @Test
    void severalDatasourcesAndAProfileDocumentInOneYaml() throws Exception {
        List<PoolConfiguration> pools = read("multi.yml");

        assertThat(pools).extracting(PoolConfiguration::label).containsExactly(
                "app.datasource.orders.hikari", "app.datasource.users",
                "app.datasource.orders.hikari (profile prod)", "app.datasource.users (profile prod)");
        assertThat(pools.get(0).number("maximumPoolSize")).contains(7L);
        assertThat(pools.get(0).setting("maximumPoolSize").orElseThrow().location().line()).isEqualTo(6);
        assertThat(pools.get(1).number("maximumPoolSize")).contains(3L);
        assertThat(pools.get(1).jdbcUrl()).contains("jdbc:postgresql://127.0.0.1:5432/users");
        assertThat(pools.get(2).number("maximumPoolSize")).contains(40L);
        assertThat(pools.get(2).setting("maximumPoolSize").orElseThrow().location().line()).isEqualTo(23);
        assertThat(pools).allSatisfy(p -> assertThat(p.strayKeys()).isEmpty());
    }

    @Test
    void applicationProfileFilesOverlayTheDefaultFile() throws Exception {
        Path dir = resource("profiles");
        List<PoolConfiguration> pools = reader.read(List.of(dir.resolve("application.yml"), dir.resolve("application-prod.yml")));

        assertThat(pools).hasSize(2);
        PoolConfiguration prod = pools.get(1);
        assertThat(prod.profile()).isEqualTo("prod");
        assertThat(prod.number("maximumPoolSize")).contains(30L);
        assertThat(prod.setting("maximumPoolSize").orElseThrow().location().file()).endsWith("application-prod.yml");
        assertThat(prod.number("connectionTimeout")).as("inherited from application.yml").contains(5000L);
        assertThat(prod.setting("connectionTimeout").orElseThrow().location().file()).endsWith("application.yml");
    }

    @Test
    void springPropertiesDocumentsSeparatedByHashDashes() throws Exception {
        List<PoolConfiguration> pools = read("application.properties");

        assertThat(pools).extracting(PoolConfiguration::profile).containsExactly(null, "prod");
        assertThat(pools.get(0).number("maximumPoolSize")).contains(10L);
        assertThat(pools.get(1).number("maximumPoolSize")).contains(25L);
        assertThat(pools.get(1).setting("maximumPoolSize").orElseThrow().location().line()).isEqualTo(5);
        assertThat(pools.get(1).jdbcUrl()).as("inherited").contains("jdbc:postgresql://127.0.0.1:5432/shop");
    }

    @Test
    void plainJsonIsReadLikeAHikariPropertiesFile() throws Exception {
        PoolConfiguration pool = single(read("pool.json"));

        assertThat(pool.format()).isEqualTo(ConfigFormat.JSON);
        assertThat(pool.number("maximumPoolSize")).contains(9L);
        assertThat(pool.number("connectionTimeout")).as("HikariCP 7 reads 2s").contains(2000L);
        assertThat(pool.driverProperties()).containsKey("socketTimeout");
        assertThat(pool.strayKeys()).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("maxPoolSize");
            assertThat(k.location().line()).isEqualTo(8);
        });
    }

    @Test
    void hikariPropertiesFileUnknownKeyIsAStartupFailureInRealHikariCp() throws Exception {
        Path file = resource("hikari.properties");
        PoolConfiguration pool = single(reader.read(List.of(file)));

        assertThat(pool.format()).isEqualTo(ConfigFormat.HIKARI_PROPERTIES);
        assertThat(pool.driverProperties()).containsKey("tcpKeepAlive");
        assertThat(pool.number("connectionTimeout")).contains(30_000L);
        assertThat(pool.strayKeys()).singleElement().satisfies(k -> assertThat(k.location().line()).isEqualTo(3));
        assertThatThrownBy(() -> new HikariConfig(file.toString()))
                .hasMessageContaining("Property maximumPoolsize does not exist");
    }

    @Test
    void unparseableYamlNamesFileAndLine() throws Exception {
        Path file = resource("broken.yml");
        assertThatThrownBy(() -> reader.read(List.of(file)))
                .isInstanceOf(ConfigReadException.class)
                .hasMessageStartingWith(file + ":5: not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void missingAndBinaryFilesAreUnusableInput(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> reader.read(List.of(missing))).hasMessage(missing + ": no such file");
        Path binary = dir.resolve("pool.properties");
        Files.write(binary, new byte[] {'a', '=', 0, 1, 2});
        assertThatThrownBy(() -> reader.read(List.of(binary))).hasMessageContaining("binary");
    }

    private List<PoolConfiguration> read(String name) throws Exception {
        return reader.read(List.of(resource(name)));
    }

    private static PoolConfiguration single(List<PoolConfiguration> pools) {
        assertThat(pools).hasSize(1);
        return pools.get(0);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ConfigReaderTest.class.getResource("/lint/read/" + name).toURI());
    }
}
