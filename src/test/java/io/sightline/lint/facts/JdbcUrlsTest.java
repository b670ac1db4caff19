package io.sightline.lint.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlsTest {
    @Test
    void passwordsDisappearFromEveryUrlShape() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/shop?user=app&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/shop?user=app&password=***&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:mysql://app:s3cret@db:3306/shop"))
                .isEqualTo("jdbc:mysql://app:***@db:3306/shop");
        assertThat(JdbcUrls.redact("jdbc:sqlserver://db:1433;databaseName=shop;password=s3cret;user=app"))
                .isEqualTo("jdbc:sqlserver://db:1433;databaseName=shop;password=***;user=app");
        assertThat(JdbcUrls.redact("jdbc:oracle:thin:app/s3cret@db:1521/ORCL"))
                .isEqualTo("jdbc:oracle:thin:app/***@db:1521/ORCL");
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/shop?PASSWORD=s3cret")).doesNotContain("s3cret");
    }

    @Test
    void urlsWithoutCredentialsAreUnchanged() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/shop?socketTimeout=30"))
                .isEqualTo("jdbc:postgresql://db:5432/shop?socketTimeout=30");
    }

    @Test
    void scrubMasksAPasswordQuotedByADriverMessage() {
        assertThat(JdbcUrls.scrub("FATAL: password authentication failed for user \"app\" using s3cret",
                "jdbc:postgresql://db/shop", "s3cret")).doesNotContain("s3cret");
    }
}
