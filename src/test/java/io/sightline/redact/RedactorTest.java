package io.sightline.redact;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {
    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://shop:s3cr3tPw@db-1:5432/shop | jdbc:postgresql://shop:***@db-1:5432/shop",
            "jdbc:postgresql://db-1/shop?user=shop&password=s3cr3tPw&ssl=true | jdbc:postgresql://db-1/shop?user=shop&password=***&ssl=true",
            "jdbc:sqlserver://db-1:1433;databaseName=shop;user=sa;password=s3cr3tPw; | jdbc:sqlserver://db-1:1433;databaseName=shop;user=sa;password=***;",
            "jdbc:mysql://db-1/shop?pwd=s3cr3tPw | jdbc:mysql://db-1/shop?pwd=***",
            "spring.datasource.password: s3cr3tPw | spring.datasource.password: ***",
            "dataSource.password=s3cr3tPw | dataSource.password=***",
            "GET /api Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc | GET /api Authorization: ***",
            "Authorization: Basic dXNlcjpzM2NyM3RQdw== | Authorization: ***",
            "calling with bearer abc.def-ghi | calling with bearer ***",
            "https://deploy:s3cr3tPw@git.example.com/repo.git | https://deploy:***@git.example.com/repo.git",
            "{\"user\":\"shop\",\"password\":\"s3cr3tPw\"} | {\"user\":\"shop\",\"password\":\"***\"}",
            "key AKIAABCDEFGHIJKLMNOP used | key *** used",
            "aws_secret_access_key=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY | aws_secret_access_key=***",
            "api_key=abc123 token: xyz | api_key=*** token: ***",
    })
    void removesCredentials(String in, String expected) {
        assertThat(redactor.redact(in)).isEqualTo(expected);
        assertThat(redactor.redact(in)).doesNotContain("s3cr3tPw");
    }

    @Test
    void leavesOrdinaryLinesAlone() {
        for (String line : List.of(
                "HikariPool-1 - Connection is not available, request timed out after 30005ms (total=10, active=10, idle=0, waiting=3)",
                "127.0.0.1 - - [27/Nov/2026:03:00:00 +0000] \"GET /checkout HTTP/1.1\" 200 512 \"-\" \"curl\" 12345",
                "jdbc:postgresql://db-1:5432/shop?user=shop",
                "service:jmx:rmi:///jndi/rmi://127.0.0.1:9010/jmxrmi")) {
            assertThat(redactor.redact(line)).isEqualTo(line);
        }
        assertThat(redactor.redact(null)).isNull();
    }

    @Test
    void hostRedactionGivesStableAliases() {
        HostRedactor hosts = new HostRedactor(List.of("shop-1", "db-1.prod.example.com"));
        assertThat(hosts.redact("jdbc:postgresql://db-1.prod.example.com:5432/shop from 10.1.2.3 and 10.1.2.3 on shop-1"))
                .isEqualTo("jdbc:postgresql://host-1:5432/shop from ip-1 and ip-1 on host-2");
        assertThat(hosts.redact("service:jmx:rmi:///jndi/rmi://shop-1:9010/jmxrmi")).isEqualTo("service:jmx:rmi:///jndi/rmi://host-2:9010/jmxrmi");
    }
}
