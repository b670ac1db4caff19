package io.sightline.checklist;

import io.sightline.checklist.hypothesis.HypothesisResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One realistic incident per hypothesis plus confusers, written into a real store the way the pollers would, and
 * replayed through the engine as a responder would have watched it live. Asserts the ranking at the end and how long
 * after the onset the right cause reached the top and stayed there.
 */
class DiagnosisScenariosTest {
    private static final Duration HEALTHY = Duration.ofMinutes(3);
    private static final long STEP = 5_000;
    private static final List<String> DATABASE = List.of("pool-undersized", "slow-queries", "connection-leak", "db-connection-limit", "db-network");

    @Test
    void healthyServiceIsNoIncident() {
        Telemetry t = new Telemetry(1).run(Duration.ofMinutes(8));
        Outcome o = replay(t, Telemetry.T0);
        o.assertTop("no-incident");
        DATABASE.forEach(id -> assertThat(o.score(id)).as(id + "\n" + o).isLessThan(0.3));
    }

    @Test
    void busyButHealthyPoolIsNoIncident() {
        Telemetry t = new Telemetry(15).rate(430).holdMs(40).run(Duration.ofMinutes(6)); // ~17 of 20 in use, nobody queues
        Outcome o = replay(t, Telemetry.T0);
        assertThat(o.end.evidence().get(EvidenceIds.POOL_UTILISATION).value()).isGreaterThan(0.8);
        o.assertTop("no-incident");
    }

    @Test
    void smallerPoolAfterRestartIsPoolUndersized() {
        Telemetry t = new Telemetry(2).rate(150).holdMs(80).run(HEALTHY); // needs ~12 of 20
        long onset = t.now;
        t.restartWithMax(6).run(Duration.ofMinutes(3));
        Outcome o = replay(t, onset);
        o.assertTop("pool-undersized");
        o.assertTopWithin(60_000);
        assertThat(o.end.evidence().get(EvidenceIds.POOL_MAX_CHANGED).text()).contains("is 6, was 20");
        assertThat(o.end.evidence().get(EvidenceIds.POOL_NEED_VS_MAX).status()).isEqualTo(Evidence.Status.PRESENT);
    }

    @Test
    void loadSurgeBeyondThePoolIsPoolUndersized() {
        Telemetry t = new Telemetry(3).rate(100).holdMs(60).run(HEALTHY); // needs 6 of 20
        long onset = t.now;
        t.rate(450).run(Duration.ofMinutes(3)); // needs 27
        Outcome o = replay(t, onset);
        o.assertTop("pool-undersized");
        o.assertTopWithin(60_000);
        assertThat(o.end.evidence().get(EvidenceIds.REQUEST_RATE_CHANGE).status()).isEqualTo(Evidence.Status.PRESENT);
    }

    @Test
    void saturationFromSlowQueriesRanksSlowQueriesOverPoolUndersized() {
        Telemetry t = new Telemetry(4).rate(100).holdMs(40).run(HEALTHY); // needs 4 of 20
        long onset = t.now;
        t.holdMs(600).run(Duration.ofMinutes(3)); // needs 60: the pool saturates, but because each hold is 15x longer
        Outcome o = replay(t, onset);
        o.assertTop("slow-queries");
        o.assertTopWithin(60_000);
        assertThat(o.rank("pool-undersized")).as(o.toString()).isGreaterThan(1);
        assertThat(o.end.evidence().get(EvidenceIds.POOL_UTILISATION).strength()).isEqualTo(1.0);
    }

    @Test
    void lockWaitsWithSaturationAreSlowQueries() {
        Telemetry t = new Telemetry(5).rate(100).holdMs(40).run(HEALTHY);
        long onset = t.now;
        t.holdMs(500).lockWaitsPerMinute(6).run(Duration.ofMinutes(3));
        Outcome o = replay(t, onset);
        o.assertTop("slow-queries");
        o.assertTopWithin(60_000);
    }

    @Test
    void climbingActiveWithLeakLinesIsConnectionLeak() {
        Telemetry t = new Telemetry(6).rate(100).holdMs(40).run(HEALTHY);
        long onset = t.now;
        t.leakPerMinute(3).run(Duration.ofMinutes(8));
        Outcome o = replay(t, onset);
        o.assertTop("connection-leak");
        assertThat(o.end.evidence().get(EvidenceIds.LEAK_SHAPE).status()).as(o.toString()).isEqualTo(Evidence.Status.PRESENT);
        // Leaks are slow by nature: the engine must name it before the pool is exhausted (~5m20s here), not after.
        o.assertTopWithin(Duration.ofMinutes(5).toMillis());
    }

    @Test
    void leakWithoutLeakDetectionIsStillConnectionLeak() {
        Telemetry t = new Telemetry(7).rate(100).holdMs(40).leakLines(false).run(HEALTHY);
        long onset = t.now;
        t.leakPerMinute(3).run(Duration.ofMinutes(8));
        Outcome o = replay(t, onset);
        o.assertTop("connection-leak");
    }

    @Test
    void refusalsAreDbConnectionLimit() {
        Telemetry t = new Telemetry(8).rate(100).holdMs(80).run(HEALTHY); // needs 8 of 20
        long onset = t.now;
        t.dbLimit(5).run(Duration.ofMinutes(3));
        Outcome o = replay(t, onset);
        o.assertTop("db-connection-limit");
        o.assertTopWithin(60_000);
    }

    @Test
    void slowRoundTripsWithNetworkErrorsAreDbNetwork() {
        Telemetry t = new Telemetry(9).rate(100).holdMs(40).run(HEALTHY);
        long onset = t.now;
        t.holdMs(400).networkErrorsPerMinute(12).validationFailuresPerMinute(3).run(Duration.ofMinutes(3));
        Outcome o = replay(t, onset);
        o.assertTop("db-network");
        o.assertTopWithin(60_000);
    }

    @Test
    void gcPressureDoesNotBlameTheDatabase() {
        Telemetry t = new Telemetry(10).rate(100).holdMs(40).run(HEALTHY);
        long onset = t.now;
        t.gcPercent(25).holdMs(55).run(Duration.ofMinutes(3)); // pauses stretch holds a little too
        Outcome o = replay(t, onset);
        o.assertTop("gc-pauses");
        o.assertTopWithin(60_000);
        DATABASE.forEach(id -> assertThat(o.score(id)).as(id + "\n" + o).isLessThan(o.score("gc-pauses") / 2));
    }

    @Test
    void gcPausesThatAlsoSaturateThePoolAreStillGcPauses() {
        Telemetry t = new Telemetry(13).rate(100).holdMs(40).run(HEALTHY);
        long onset = t.now;
        t.gcPercent(35).holdMs(300).run(Duration.ofMinutes(3)); // stop-the-world inside every transaction
        Outcome o = replay(t, onset);
        assertThat(o.end.evidence().get(EvidenceIds.POOL_UTILISATION).strength()).isEqualTo(1.0);
        o.assertTop("gc-pauses");
        o.assertTopWithin(60_000);
    }

    @Test
    void jmxOnlySmallerPoolIsStillPoolUndersized() {
        Telemetry t = new Telemetry(14).rate(150).holdMs(80).threadDumps(false).run(HEALTHY);
        long onset = t.now;
        t.restartWithMax(6).run(Duration.ofMinutes(2));
        Outcome o = replay(jmxOnly(t), onset);
        o.assertTop("pool-undersized");
        o.assertTopWithin(60_000);
        assertThat(o.end.evidence().get(EvidenceIds.POOL_NEED_VS_MAX).known()).isFalse();
    }

    @Test
    void slowDownstreamWithPoolFineDoesNotBlameTheDatabase() {
        Telemetry t = new Telemetry(11).rate(100).holdMs(40).run(HEALTHY);
        long onset = t.now;
        t.downstreamMs(900).run(Duration.ofMinutes(3));
        Outcome o = replay(t, onset);
        o.assertTop("slow-downstream");
        o.assertTopWithin(60_000);
        DATABASE.forEach(id -> assertThat(o.score(id)).as(id + "\n" + o).isLessThan(0.2));
    }

    @Test
    void slowDownstreamWithoutThreadDumpsStillSparesTheDatabase() {
        Telemetry t = new Telemetry(12).rate(100).holdMs(40).threadDumps(false).run(HEALTHY);
        long onset = t.now;
        t.downstreamMs(900).run(Duration.ofMinutes(3));
        Outcome o = replay(t, onset);
        o.assertTop("slow-downstream");
        DATABASE.forEach(id -> assertThat(o.score(id)).as(id + "\n" + o).isLessThan(0.2));
    }

    /** The same recording as a JMX-only session would hold it: no log series, no log events. */
    private static Telemetry jmxOnly(Telemetry t) {
        Telemetry copy = new Telemetry(0);
        copy.now = t.now;
        for (io.sightline.series.Series s : t.store.matching(id -> id.source().equals("jmx"))) {
            io.sightline.series.Series c = copy.store.series(s.id(), s.unit());
            io.sightline.series.Series.Snapshot snap = s.snapshot();
            for (int i = 0; i < snap.size(); i++) {
                c.append(snap.time(i), snap.value(i));
            }
        }
        t.store.events().all().stream().filter(e -> e.source().startsWith("jmx")).forEach(copy.store.events()::add);
        return copy;
    }

    /** Replays the whole recording, noting when each hypothesis last became top. */
    static Outcome replay(Telemetry t, long onset) {
        DiagnosisEngine engine = new DiagnosisEngine();
        Diagnosis d = null;
        for (long now = Telemetry.T0; now <= t.now; now += STEP) {
            d = engine.evaluate(t.store, now);
        }
        Outcome o = new Outcome(d, onset);
        if (Boolean.getBoolean("checklist.print")) {
            System.out.println(o);
        }
        return o;
    }

    record Outcome(Diagnosis end, long onset) {
        /** The cause on top, and clearly so: the runner-up scores at most 60% of it. */
        void assertTop(String id) {
            assertThat(end.top().id()).as(toString()).isEqualTo(id);
            assertThat(end.ranked().get(1).score()).as("runner-up\n" + this).isLessThanOrEqualTo(0.6 * end.top().score());
        }

        void assertTopWithin(long ms) {
            assertThat(end.topSince() - onset).as("time to top\n" + this).isLessThanOrEqualTo(ms);
        }

        double score(String id) {
            return end.hypothesis(id).orElseThrow().score();
        }

        int rank(String id) {
            return end.rankOf(id);
        }

        @Override
        public String toString() {
            String ranking = end.ranked().stream().map(h -> String.format("  %-20s %.3f", h.id(), h.score())).collect(Collectors.joining("\n"));
            String evidence = end.evidence().all().stream().map(e -> String.format("  %-32s %-8s %.2f %s", e.id(), e.status(), e.strength(), e.text()))
                    .collect(Collectors.joining("\n"));
            HypothesisResult top = end.top();
            return "top " + top.id() + " since onset+" + (end.topSince() - onset) / 1000 + "s\n" + ranking + "\n" + evidence;
        }
    }
}
