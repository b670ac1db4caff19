package io.sightline.source.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DbTargetTest {
    @Test
    void seriesAreNamedByHostAndPortOrByKind() {
        assertThat(target("jdbc:postgresql://127.0.0.1:5432/shop?sslmode=disable").seriesTarget()).isEqualTo("127.0.0.1:5432");
        assertThat(target("jdbc:postgresql://db-1.internal/shop").seriesTarget()).isEqualTo("db-1.internal");
        assertThat(target("jdbc:h2:tcp://127.0.0.1:9092/mem:shop;LOCK_TIMEOUT=10000").seriesTarget()).isEqualTo("127.0.0.1:9092");
        assertThat(target("jdbc:h2:mem:shop").seriesTarget()).isEqualTo("h2-mem");
    }

    @Test
    void textFormsNeverShowThePassword() {
        DbTarget t = new DbTarget("jdbc:postgresql://127.0.0.1:5432/shop?user=dba&password=url-secret", "dba", "pw-secret".toCharArray());
        assertThat(t.safeUrl()).contains("password=***").doesNotContain("url-secret");
        assertThat(t.toString()).doesNotContain("url-secret").doesNotContain("pw-secret");
    }

    @Test
    void anUnsupportedDatabaseIsRefusedUpFront() {
        assertThatThrownBy(() -> target("jdbc:mysql://127.0.0.1:3306/shop")).hasMessageContaining("unsupported database");
    }

    private static DbTarget target(String url) {
        return new DbTarget(url, "dba", new char[0]);
    }
}
