package io.sightline.checklist.runbook;

import io.sightline.checklist.DiagnosisEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunbookLoaderTest {
    private final RunbookLoader loader = RunbookLoader.forEngine(new DiagnosisEngine());

    @TempDir
    Path dir;

    @Test
    void builtInRunbookPutsThePoolAndTheDatabaseBeforeTheNetwork() {
        Runbook r = loader.builtIn();
        assertThat(r.id()).isEqualTo("database-first");
        assertThat(r.steps().get(0).category()).isEqualTo("pool");
        int firstNetwork = indexOfCategory(r, "network");
        int lastDatabase = Math.max(lastIndexOfCategory(r, "database"), lastIndexOfCategory(r, "pool"));
        assertThat(firstNetwork).isGreaterThan(lastDatabase);
        assertThat(r.steps()).allSatisfy(s -> assertThat(s.evidence()).isNotEmpty());
        assertThat(r.guard().categories()).contains("network", "infrastructure");
        // Every hypothesis the engine ranks has a step that confirms or refutes it.
        new DiagnosisEngine().hypothesisIds().stream().filter(h -> !h.equals("no-incident")).forEach(h ->
                assertThat(r.steps()).as(h).anySatisfy(s -> assertThat(s.hypotheses()).contains(h)));
    }

    @Test
    void teamRunbookInJsonLoads() throws Exception {
        Path file = Files.writeString(dir.resolve("ours.json"), """
                {"id": "ours", "title": "Our runbook", "steps": [
                  {"id": "gc", "title": "GC?", "category": "jvm", "evidence": ["jvm.gc-share"], "hypotheses": ["gc-pauses"]}
                ]}""");
        Runbook r = loader.load(file);
        assertThat(r.steps()).extracting(Runbook.Step::id).containsExactly("gc");
        assertThat(r.guard()).isNull();
    }

    @Test
    void malformedYamlIsOneLineWithFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.yaml"), "id: x\nsteps:\n  - id: a\n    title: \"unterminated\n    category: pool\n");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(RunbookLoader.RunbookException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").startsWith(file + ": line ").contains("quoted scalar"));
    }

    @Test
    void misspelledKeyIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("typo.yaml"), "id: x\nsteps:\n  - id: a\n    titel: Pool?\n    category: pool\n");
        assertThatThrownBy(() -> loader.load(file))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("typo.yaml").contains("steps[0].titel"));
    }

    @Test
    void unknownEvidenceOrHypothesisIsNamedWithItsStep() throws Exception {
        Path evidence = Files.writeString(dir.resolve("e.yaml"),
                "id: x\nsteps:\n  - {id: a, title: A, category: pool, evidence: [pool.utilisaton]}\n");
        assertThatThrownBy(() -> loader.load(evidence))
                .hasMessage(evidence + ": step 'a' links unknown evidence 'pool.utilisaton'");
        Path hypothesis = Files.writeString(dir.resolve("h.yaml"),
                "id: x\nsteps:\n  - {id: a, title: A, category: pool, hypotheses: [pool-too-small]}\n");
        assertThatThrownBy(() -> loader.load(hypothesis))
                .hasMessage(hypothesis + ": step 'a' links unknown hypothesis 'pool-too-small'");
    }

    @Test
    void duplicateStepsAndMissingFileAreOneLine() throws Exception {
        Path dup = Files.writeString(dir.resolve("d.yaml"),
                "id: x\nsteps:\n  - {id: a, title: A, category: pool}\n  - {id: a, title: B, category: pool}\n");
        assertThatThrownBy(() -> loader.load(dup)).hasMessage(dup + ": step 'a' appears twice");
        Path missing = dir.resolve("none.yaml");
        assertThatThrownBy(() -> loader.load(missing)).hasMessageStartingWith(missing + ": cannot read");
    }

    private static int indexOfCategory(Runbook r, String c) {
        for (int i = 0; i < r.steps().size(); i++) {
            if (r.steps().get(i).category().equals(c)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfCategory(Runbook r, String c) {
        int last = -1;
        for (int i = 0; i < r.steps().size(); i++) {
            if (r.steps().get(i).category().equals(c)) {
                last = i;
            }
        }
        return last;
    }
}
