package io.sightline.checklist;

import io.sightline.checklist.evidence.DbConnectionsNearLimit;
import io.sightline.checklist.evidence.DbLongStatements;
import io.sightline.checklist.evidence.DbServerLockWaits;
import io.sightline.checklist.evidence.DbTimeOffServer;
import io.sightline.checklist.evidence.EvidenceContext;
import io.sightline.checklist.evidence.EvidenceRule;
import io.sightline.checklist.evidence.EvidenceSet;
import io.sightline.checklist.evidence.EventCount;
import io.sightline.checklist.evidence.GcShare;
import io.sightline.checklist.evidence.HeldWithoutIo;
import io.sightline.checklist.evidence.LatencyRise;
import io.sightline.checklist.evidence.LatencyRiseUnsaturated;
import io.sightline.checklist.evidence.LeakShape;
import io.sightline.checklist.evidence.PoolCannotGrow;
import io.sightline.checklist.evidence.PoolHoldTime;
import io.sightline.checklist.evidence.PoolMaxChanged;
import io.sightline.checklist.evidence.PoolNeedVsMax;
import io.sightline.checklist.evidence.PoolTimeouts;
import io.sightline.checklist.evidence.PoolUtilisation;
import io.sightline.checklist.evidence.PoolWaiting;
import io.sightline.checklist.evidence.RequestRateChange;
import io.sightline.checklist.evidence.ServerErrors;
import io.sightline.checklist.evidence.ThreadDumpShare;
import io.sightline.checklist.evidence.TimeoutsWhileIdle;
import io.sightline.checklist.evidence.Windows;
import io.sightline.checklist.hypothesis.ConnectionLeak;
import io.sightline.checklist.hypothesis.DbConnectionLimit;
import io.sightline.checklist.hypothesis.DbNetwork;
import io.sightline.checklist.hypothesis.GcPauses;
import io.sightline.checklist.hypothesis.Hypothesis;
import io.sightline.checklist.hypothesis.HypothesisResult;
import io.sightline.checklist.hypothesis.NoIncident;
import io.sightline.checklist.hypothesis.PoolUndersized;
import io.sightline.checklist.hypothesis.SlowDownstream;
import io.sightline.checklist.hypothesis.SlowQueries;
import io.sightline.series.SeriesStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Evidence rules, then hypotheses scored from them, ranked. One engine follows one session (live or a replay): it
 * remembers since when the top hypothesis has been on top, so evaluate it at increasing instants.
 */
public final class DiagnosisEngine {
    private final List<EvidenceRule> rules;
    private final List<Hypothesis> hypotheses;
    private final Windows windows;
    private final TopTracker tracker = new TopTracker();

    public DiagnosisEngine() {
        this(defaultRules(), defaultHypotheses(), Windows.DEFAULTS);
    }

    public DiagnosisEngine(List<EvidenceRule> rules, List<Hypothesis> hypotheses, Windows windows) {
        this.rules = List.copyOf(rules);
        this.hypotheses = List.copyOf(hypotheses);
        this.windows = windows;
    }

    /** Order matters: combining rules (latency with the pool unsaturated, timeouts while idle) come after their inputs. */
    public static List<EvidenceRule> defaultRules() {
        return List.of(new PoolUtilisation(), new PoolWaiting(), new PoolTimeouts(), new PoolMaxChanged(),
                new PoolCannotGrow(), new TimeoutsWhileIdle(), new PoolNeedVsMax(), new PoolHoldTime(), new LeakShape(),
                EventCount.leakLines(), new HeldWithoutIo(), ThreadDumpShare.waitingForPool(), ThreadDumpShare.jdbcIo(),
                ThreadDumpShare.downstreamIo(), EventCount.dbRefusals(), EventCount.lockWaits(), EventCount.slowQueryLines(),
                EventCount.validationFailures(), EventCount.networkErrors(), new DbLongStatements(),
                new DbServerLockWaits(), new DbTimeOffServer(), new DbConnectionsNearLimit(), new GcShare(), new LatencyRise(),
                new LatencyRiseUnsaturated(), new ServerErrors(), new RequestRateChange());
    }

    /** Database and pool causes first: on a tie, the earlier one ranks higher. */
    public static List<Hypothesis> defaultHypotheses() {
        return List.of(new PoolUndersized(), new SlowQueries(), new ConnectionLeak(), new DbConnectionLimit(),
                new DbNetwork(), new GcPauses(), new SlowDownstream(), new NoIncident());
    }

    public Set<String> evidenceIds() {
        Set<String> ids = new LinkedHashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        return ids;
    }

    public Set<String> hypothesisIds() {
        Set<String> ids = new LinkedHashSet<>();
        hypotheses.forEach(h -> ids.add(h.id()));
        return ids;
    }

    /** Evaluates at {@code now} and advances the "top since" memory. */
    public Diagnosis evaluate(SeriesStore store, long now) {
        EvidenceSet evidence = evidence(store, now);
        List<HypothesisResult> byScore = new ArrayList<>();
        for (Hypothesis h : hypotheses) {
            byScore.add(h.score(evidence));
        }
        // Stable sort: equal scores keep the database-first order above.
        byScore.sort(Comparator.comparingDouble(HypothesisResult::score).reversed());
        tracker.update(byScore, now);
        return new Diagnosis(now, evidence, byScore, tracker.since());
    }

    public EvidenceSet evidence(SeriesStore store, long now) {
        EvidenceContext ctx = new EvidenceContext(store, now, windows);
        EvidenceSet set = new EvidenceSet();
        for (EvidenceRule rule : rules) {
            set.put(rule.evaluate(ctx, set));
        }
        return set;
    }
}
