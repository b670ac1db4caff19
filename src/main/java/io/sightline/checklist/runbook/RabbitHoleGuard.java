package io.sightline.checklist.runbook;

import io.sightline.checklist.Diagnosis;
import io.sightline.checklist.Evidence;
import io.sightline.checklist.Format;
import io.sightline.checklist.EvidenceIds;
import io.sightline.checklist.evidence.EvidenceSet;
import io.sightline.checklist.hypothesis.HypothesisResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps network and infrastructure rabbit-holes closed while the evidence points at the database: in the outage that
 * started Sightline, responders spent an hour on web servers and network configuration with the pool's numbers on
 * the screen. The guard does not forbid anything; it says, with the numbers, why the step can wait and which one not.
 */
public final class RabbitHoleGuard {
    private final Runbook runbook;

    public RabbitHoleGuard(Runbook runbook) {
        this.runbook = runbook;
    }

    /**
     * The warning for opening {@code step} now, if any.
     *
     * @param done ids of steps the responder already ticked or skipped (not suggested again)
     */
    public Optional<GuardMessage> check(Runbook.Step step, Diagnosis d, Predicate<String> done) {
        Runbook.Guard guard = runbook.guard();
        if (guard == null || !guard.categories().contains(step.category())) {
            return Optional.empty();
        }
        HypothesisResult top = d.top();
        if (!guard.hypotheses().contains(top.id()) || top.score() < guard.minScore() || step.hypotheses().contains(top.id())) {
            return Optional.empty();
        }
        String text = numbers(d.evidence()) + " " + category(step) + " checks can wait: " + top.title().toLowerCase(Locale.ROOT)
                + " (" + top.id() + ") leads with " + Format.score(top.score())
                + network(d.evidence()) + "." + checkFirst(top.id(), done);
        return Optional.of(new GuardMessage(step.id(), top.id(), top.score(), text));
    }

    /** "The pool shop-db has been at 10/10 with 37 threads waiting for 4m12s; 212 pool timeouts in the last minute." */
    static String numbers(EvidenceSet ev) {
        List<String> parts = new ArrayList<>();
        Evidence util = ev.get(EvidenceIds.POOL_UTILISATION);
        Evidence waiting = ev.get(EvidenceIds.POOL_WAITING);
        if (util.strength() > 0) {
            StringBuilder sb = new StringBuilder("The pool ").append(util.subject()).append(" has been at ")
                    .append(Format.whole(util.fact("active"))).append('/').append(Format.whole(util.fact("max")));
            if (waiting.strength() > 0) {
                sb.append(" with ").append(Format.whole(waiting.fact("waiting"))).append(" threads waiting");
            }
            double ms = Math.max(orZero(util.fact("atMaxMs")), waiting.strength() > 0 ? orZero(waiting.fact("waitingMs")) : 0);
            if (ms > 0) {
                sb.append(" for ").append(Format.duration((long) ms));
            }
            parts.add(sb.toString());
        } else if (waiting.strength() > 0) {
            parts.add(waiting.text());
        }
        Evidence timeouts = ev.get(EvidenceIds.POOL_TIMEOUTS);
        if (timeouts.strength() > 0) {
            parts.add(Format.whole(timeouts.fact("timeoutsLastMinute")) + " pool timeouts in the last minute");
        }
        for (String id : List.of(EvidenceIds.POOL_MAX_CHANGED, EvidenceIds.POOL_NEED_VS_MAX, EvidenceIds.POOL_HOLD_TIME,
                EvidenceIds.DB_LOCK_WAITS, EvidenceIds.LEAK_SHAPE, EvidenceIds.DB_REFUSALS)) {
            Evidence e = ev.get(id);
            if (e.strength() >= 0.5) {
                parts.add(parts.isEmpty() ? e.text() : decapitalize(e.text()));
            }
        }
        return parts.isEmpty() ? "" : String.join("; ", parts) + ".";
    }

    /** "Pool shop-db maximum…" → "pool shop-db maximum…" mid-sentence; leaves "JVM…" alone. */
    private static String decapitalize(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String category(Runbook.Step step) {
        String c = step.category();
        return c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1);
    }

    private static String network(EvidenceSet ev) {
        Evidence net = ev.get(EvidenceIds.NETWORK_ERRORS);
        if (!net.known()) {
            return "";
        }
        return net.strength() == 0 ? ", and no network error was logged in the last " + Format.duration((long) net.fact("windowMs")) : ", over " + Format.whole(net.value()) + " network errors";
    }

    private String checkFirst(String hypothesisId, Predicate<String> done) {
        return runbook.steps().stream().filter(s -> s.hypotheses().contains(hypothesisId) && !done.test(s.id())).findFirst()
                .map(s -> " Check first: " + s.title()).orElse("");
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
