package io.sightline.checklist.hypothesis;

import io.sightline.checklist.Evidence;
import io.sightline.checklist.EvidenceIds;
import io.sightline.checklist.evidence.EvidenceSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One candidate cause, scored from evidence only.
 *
 * <p>Score = (Σ weight × strength over supporting evidence, weights summing to 1) × Π (1 − weight × strength) over
 * evidence that points elsewhere, × a factor for each required signal measured normal, × a gate on whether anything
 * is wrong at all. Unknown evidence has strength 0: it
 * neither supports nor refutes, so a hypothesis whose evidence cannot be seen scores low rather than high.
 */
public abstract class Hypothesis {
    /**
     * Evidence that something is wrong for users: the gate of every cause. GC share is one: a JVM stopped for a
     * tenth of wall time stalls every request that arrives meanwhile, before any percentile has moved enough to show.
     */
    static final List<String> SYMPTOMS = List.of(EvidenceIds.LATENCY_RISE, EvidenceIds.SERVER_ERRORS,
            EvidenceIds.POOL_TIMEOUTS, EvidenceIds.POOL_WAITING, EvidenceIds.GC_SHARE);
    /** With no symptom, a cause keeps this share of its score (a leak is worth naming before it hurts). */
    private static final double QUIET_SHARE = 0.4;

    private final String id;
    private final String title;
    private final List<String> toConfirm;

    protected Hypothesis(String id, String title, List<String> toConfirm) {
        this.id = id;
        this.title = title;
        this.toConfirm = List.copyOf(toConfirm);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<String> toConfirm() {
        return toConfirm;
    }

    /**
     * Supporting evidence id → weight. The JVM-side weights sum to 1; database-side evidence (from the optional
     * {@code source.db} view) adds on top, the sum capped at 1, so a service watched without it scores as before.
     * Ordered for display.
     */
    protected abstract Map<String, Double> supporting();

    /** Evidence id → how much of the score its full presence removes (0..1). */
    protected abstract Map<String, Double> opposing();

    /**
     * Evidence this cause cannot do without: id → the factor the score keeps when that evidence was measured and
     * found normal (unknown evidence leaves the score alone). GC pauses without GC time are not GC pauses.
     */
    protected Map<String, Double> required() {
        return Map.of();
    }

    /** As {@link #required()}, given this evaluation's evidence: a cause may accept another proof in its place. */
    protected Map<String, Double> required(EvidenceSet evidence) {
        return required();
    }

    public HypothesisResult score(EvidenceSet evidence) {
        List<Contribution> contributions = new ArrayList<>();
        double support = 0;
        for (Map.Entry<String, Double> w : supporting().entrySet()) {
            Evidence e = evidence.get(w.getKey());
            contributions.add(new Contribution(Contribution.Role.FOR, w.getValue(), e));
            support += w.getValue() * e.strength();
        }
        double kept = 1;
        for (Map.Entry<String, Double> w : opposing().entrySet()) {
            Evidence e = evidence.get(w.getKey());
            contributions.add(new Contribution(Contribution.Role.AGAINST, w.getValue(), e));
            kept *= 1 - w.getValue() * e.strength();
        }
        for (Map.Entry<String, Double> r : required(evidence).entrySet()) {
            Evidence e = evidence.get(r.getKey());
            if (e.status() == Evidence.Status.ABSENT) {
                kept *= r.getValue();
            }
        }
        double gate = QUIET_SHARE + (1 - QUIET_SHARE) * symptom(evidence);
        return new HypothesisResult(id, title, clamp(support) * kept * gate, contributions, toConfirm);
    }

    /** How clearly users are hurt now, 0..1. */
    static double symptom(EvidenceSet evidence) {
        double s = 0;
        for (String id : SYMPTOMS) {
            s = Math.max(s, evidence.strength(id));
        }
        return s;
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
