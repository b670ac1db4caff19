package io.sightline.checklist.hypothesis;

import io.sightline.checklist.EvidenceIds;
import io.sightline.checklist.evidence.EvidenceSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code no-incident}: users are not hurt (latency, errors, pool timeouts and queueing all as before) and nothing
 * latent is brewing. Score = (1 − the strongest symptom) × Π (1 − weight × strength) over latent signals × the share
 * of symptoms that could be measured at all.
 */
public final class NoIncident extends Hypothesis {
    public static final String ID = "no-incident";

    public NoIncident() {
        super(ID, "No incident: the service behaves as before", List.of(
                "Check that the telemetry covers the affected service: the right JVM, pool and logs are connected.",
                "Compare with the alert that paged you: which metric, which threshold, which instance."));
    }

    @Override
    protected Map<String, Double> supporting() {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        SYMPTOMS.forEach(id -> m.put(id, 1.0));
        return m;
    }

    @Override
    protected Map<String, Double> opposing() {
        return Weights.of(
                // A leak hurts nobody until the pool is empty, and then everybody: name it before.
                EvidenceIds.LEAK_SHAPE, 0.9,
                EvidenceIds.LEAK_LINES, 0.9,
                EvidenceIds.DB_REFUSALS, 0.6,
                EvidenceIds.NETWORK_ERRORS, 0.6,
                EvidenceIds.DB_LOCK_WAITS, 0.6,
                EvidenceIds.GC_SHARE, 0.6,
                EvidenceIds.POOL_UTILISATION, 0.3,
                // Latent on the database side: blocked sessions, a limit about to refuse.
                EvidenceIds.DB_SERVER_LOCK_WAITS, 0.5,
                EvidenceIds.DB_CONNECTIONS_NEAR_LIMIT, 0.6);
    }

    @Override
    public HypothesisResult score(EvidenceSet evidence) {
        List<Contribution> contributions = new ArrayList<>();
        // Symptoms argue against "no incident": listed as AGAINST so the view reads naturally.
        supporting().forEach((id, w) -> contributions.add(new Contribution(Contribution.Role.AGAINST, w, evidence.get(id))));
        double kept = 1;
        for (Map.Entry<String, Double> w : opposing().entrySet()) {
            contributions.add(new Contribution(Contribution.Role.AGAINST, w.getValue(), evidence.get(w.getKey())));
            kept *= 1 - w.getValue() * evidence.strength(w.getKey());
        }
        // "Nothing wrong" needs the symptoms to have been measured: with no telemetry it must not read as all clear.
        double measured = SYMPTOMS.stream().filter(id -> evidence.get(id).known()).count() / (double) SYMPTOMS.size();
        return new HypothesisResult(id(), title(), (1 - symptom(evidence)) * kept * measured, contributions, toConfirm());
    }
}
