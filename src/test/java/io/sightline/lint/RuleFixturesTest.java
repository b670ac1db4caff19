package io.sightline.lint;

import io.sightline.lint.read.ConfigReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule against its fixtures in {@code src/test/resources/lint/rules/<rule-id>/}: the positive fixture must
 * produce a finding of that rule, on the line that causes it; the negative one must not.
 */
class RuleFixturesTest {
    private static final Facts BASE = Facts.none();
    /** Facts a rule needs to have an opinion at all; the same facts are used for both fixtures. */
    private static final Map<String, Facts> FACTS = Map.of(
            "connection-budget", new Facts(4, null, 100, null, null, null, null, List.of()),
            "pool-size-guidance", new Facts(2, null, null, null, null, 4, null, List.of()),
            "connection-timeout-over-request-timeout", new Facts(null, null, null, null, Duration.ofSeconds(10), null, null, List.of()),
            "max-lifetime-over-idle-limit", new Facts(null, null, null, null, null, null, null,
                    List.of(new Facts.IdleLimit("PgBouncer server_idle_timeout", Duration.ofMinutes(10)))),
            "pool-below-load", Facts.none().withLoad(new Facts.Load(57, Duration.ofMillis(61))));

    static Stream<Arguments> rules() {
        return new Linter().rules().stream().map(r -> Arguments.of(r.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void positiveFixtureIsReported(String ruleId) throws Exception {
        Path file = fixture(ruleId, "positive");
        List<Finding> findings = lint(file, ruleId);

        assertThat(findings).as("findings of %s on %s", ruleId, file).isNotEmpty();
        Finding f = findings.get(0);
        assertThat(f.location().file()).isEqualTo(file.toString());
        assertThat(f.location().line()).as("line of the finding").isBetween(2, lineCount(file));
        assertThat(f.message()).hasSizeGreaterThan(60);
        assertThat(f.fix()).isNotBlank();
        assertThat(f.helpUri()).startsWith("https://");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void negativeFixtureIsNotReported(String ruleId) throws Exception {
        assertThat(lint(fixture(ruleId, "negative"), ruleId)).isEmpty();
    }

    @Test
    void ruleIdsAreUnique() {
        List<String> ids = new Linter().rules().stream().map(RuleInfo::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(20);
    }

    private static List<Finding> lint(Path file, String ruleId) throws Exception {
        List<PoolConfiguration> pools = new ConfigReader().read(List.of(file));
        return new Linter().lintAll(pools, FACTS.getOrDefault(ruleId, BASE)).stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    static Path fixture(String ruleId, String kind) throws IOException, URISyntaxException {
        Path dir = Path.of(RuleFixturesTest.class.getResource("/lint/rules/" + ruleId).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(kind)).findFirst().orElseThrow();
        }
    }

    private static int lineCount(Path file) throws IOException {
        return Files.readAllLines(file).size();
    }
}
