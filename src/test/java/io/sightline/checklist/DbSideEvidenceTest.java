package io.sightline.checklist;

import io.sightline.checklist.evidence.EvidenceRule;
import io.sightline.checklist.evidence.Windows;
import io.sightline.checklist.hypothesis.HypothesisResult;
import io.sightline.checklist.runbook.ChecklistSession;
import io.sightline.checklist.runbook.RunbookLoader;
import io.sightline.checklist.runbook.StepState;
import io.sightline.checklist.runbook.StepStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static io.sightline.checklist.DiagnosisScenariosTest.replay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's own view as evidence, written into a real store as {@code source.db} writes it (1 s samples of
 * sessions executing, lock waits, the longest statement, the connection limit) beside the JMX and log telemetry.
 */
class DbSideEvidenceTest {
    private static final Duration HEALTHY = Duration.ofMinutes(3);
    private static final Set<String> DB_SIDE = Set.of(EvidenceIds.DB_LONG_STATEMENTS, EvidenceIds.DB_SERVER_LOCK_WAITS,
            EvidenceIds.DB_TIME_OFF_SERVER, EvidenceIds.DB_CONNECTIONS_NEAR_LIMIT);

    @Test
    void slowRoundTripsWithoutAnyErrorAreDbNetworkWhenTheDatabaseSaysItIsIdle() {
        Telemetry t = new Telemetry(21).rate(100).holdMs(40).dbView(true).run(HEALTHY);
        long onset = t.now;
        t.holdMs(200).wireShare(0.95).run(Duration.ofMinutes(3)); // every round trip 5x slower, no error anywhere
        DiagnosisScenariosTest.Outcome o = replay(t, onset);

        o.assertTop("db-network");
        o.assertTopWithin(60_000);
        Evidence gap = o.end().evidence().get(EvidenceIds.DB_TIME_OFF_SERVER);
        assertThat(gap.status()).isEqualTo(Evidence.Status.PRESENT);
        assertThat(gap.text()).contains("client threads waited in JDBC I/O").contains("not in it");
        assertThat(gap.fact("jdbcIo")).isGreaterThan(gap.fact("executing") * 5);
        assertThat(o.end().evidence().get(EvidenceIds.DB_LONG_STATEMENTS).status()).isEqualTo(Evidence.Status.ABSENT);
        assertThat(o.score("slow-queries")).as(o.toString()).isLessThan(0.5 * o.score("db-network"));
    }

    @Test
    void withoutTheDatabaseSideTheSameIncidentStaysTheKnownLimit() {
        Telemetry t = new Telemetry(21).rate(100).holdMs(40).run(HEALTHY);
        long onset = t.now;
        t.holdMs(200).wireShare(0.95).run(Duration.ofMinutes(3));
        DiagnosisScenariosTest.Outcome o = replay(t, onset);

        assertThat(o.end().top().id()).as("from the JVM alone it looks like slower statements").isEqualTo("slow-queries");
        DB_SIDE.forEach(id -> assertThat(o.end().evidence().get(id).status()).as(id).isEqualTo(Evidence.Status.UNKNOWN));
    }

    @Test
    void longAndBlockedStatementsOnTheServerAreSlowQueriesNotTheNetwork() {
        Telemetry t = new Telemetry(22).rate(100).holdMs(40).dbView(true).run(HEALTHY);
        long onset = t.now;
        t.holdMs(500).serverLongestMs(2500).serverLockWaiting(6).run(Duration.ofMinutes(3));
        DiagnosisScenariosTest.Outcome o = replay(t, onset);

        o.assertTop("slow-queries");
        o.assertTopWithin(60_000);
        assertThat(o.end().evidence().get(EvidenceIds.DB_LONG_STATEMENTS).text())
                .startsWith("The database had a statement running longer than 1.0 s in");
        assertThat(o.end().evidence().get(EvidenceIds.DB_SERVER_LOCK_WAITS).status()).isEqualTo(Evidence.Status.PRESENT);
        assertThat(o.end().evidence().get(EvidenceIds.DB_TIME_OFF_SERVER).status())
                .as("the database runs what the clients wait for").isEqualTo(Evidence.Status.ABSENT);
        assertThat(o.score("db-network")).as(o.toString()).isLessThan(0.1);
    }

    @Test
    void aServerAtItsConnectionLimitIsDbConnectionLimitEvenWithoutRefusalLines() {
        Telemetry t = new Telemetry(23).rate(100).holdMs(80).dbView(true).dbMaxConnections(40, 10).refusalLines(false).run(HEALTHY);
        long onset = t.now;
        t.dbLimit(5).dbMaxConnections(40, 31).run(Duration.ofMinutes(3)); // other clients took the slots
        DiagnosisScenariosTest.Outcome o = replay(t, onset);

        o.assertTop("db-connection-limit");
        o.assertTopWithin(60_000);
        assertThat(o.end().evidence().get(EvidenceIds.DB_REFUSALS).status()).isEqualTo(Evidence.Status.ABSENT);
        assertThat(o.end().evidence().get(EvidenceIds.DB_CONNECTIONS_NEAR_LIMIT).text())
                .startsWith("The database has 37 of 37 connections in use (max_connections 40, 3 reserved): 100%");
    }

    @Test
    void withoutTheDatabaseSideEveryScoreIsWhatTheJvmSideAloneGives() {
        Telemetry t = new Telemetry(24).rate(150).holdMs(80).run(HEALTHY).restartWithMax(6).run(Duration.ofMinutes(2));
        List<EvidenceRule> jvmOnly = DiagnosisEngine.defaultRules().stream().filter(r -> !DB_SIDE.contains(r.id())).toList();
        Diagnosis with = new DiagnosisEngine().evaluate(t.store, t.now);
        Diagnosis without = new DiagnosisEngine(jvmOnly, DiagnosisEngine.defaultHypotheses(), Windows.DEFAULTS).evaluate(t.store, t.now);

        assertThat(with.ranked()).extracting(HypothesisResult::id).containsExactlyElementsOf(
                without.ranked().stream().map(HypothesisResult::id).toList());
        for (HypothesisResult h : with.ranked()) {
            assertThat(h.score()).as(h.id()).isEqualTo(without.hypothesis(h.id()).orElseThrow().score());
        }
    }

    @Test
    void aSaturatedPoolWhoseHoldersWorkBetweenStatementsIsNotALeak() {
        // Open-session-in-view: a request holds its connection while rendering, so few holders are in JDBC I/O.
        Telemetry t = new Telemetry(25).rate(150).holdMs(80).ioShare(0.05).run(HEALTHY).restartWithMax(6).run(Duration.ofMinutes(2));
        Diagnosis d = new DiagnosisEngine().evaluate(t.store, t.now);

        Evidence held = d.evidence().get(EvidenceIds.HELD_WITHOUT_IO);
        assertThat(held.status()).as(held.text()).isEqualTo(Evidence.Status.ABSENT);
        assertThat(held.text()).contains("but connections come back as fast as before");
        assertThat(state(t, d, "leak")).isNotEqualTo(StepState.SUPPORTED);
        assertThat(d.top().id()).isEqualTo("pool-undersized");
    }

    @Test
    void connectionsThatNeverComeBackStillReadAsHeldWithoutIo() {
        Telemetry t = new Telemetry(26).rate(100).holdMs(40).ioShare(0.05).leakLines(false).run(HEALTHY);
        t.leakPerMinute(10).run(Duration.ofMinutes(3));
        Diagnosis d = new DiagnosisEngine().evaluate(t.store, t.now);

        Evidence held = d.evidence().get(EvidenceIds.HELD_WITHOUT_IO);
        assertThat(held.status()).as(held.text()).isEqualTo(Evidence.Status.PRESENT);
        assertThat(state(t, d, "leak")).isEqualTo(StepState.SUPPORTED);
    }

    private static StepState state(Telemetry t, Diagnosis d, String step) {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(t.now), ZoneOffset.UTC);
        ChecklistSession session = new ChecklistSession(RunbookLoader.forEngine(new DiagnosisEngine()).builtIn(), t.store, clock);
        return session.statuses(d).stream().filter(s -> s.step().id().equals(step)).map(StepStatus::state).findFirst().orElseThrow();
    }
}
