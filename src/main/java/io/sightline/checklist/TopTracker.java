package io.sightline.checklist;

import io.sightline.checklist.hypothesis.HypothesisResult;

import java.util.List;

/**
 * Remembers which hypothesis is on top and since when. A challenger takes the top only when it beats the holder by
 * a margin, so two close scores do not flap the answer (and "since when" stays meaningful).
 */
final class TopTracker {
    static final double MARGIN = 0.02;
    private String topId;
    private long since = -1;

    /** Re-ranks so the holder stays first unless beaten by the margin; returns the ranking to show. */
    synchronized List<HypothesisResult> update(List<HypothesisResult> byScore, long now) {
        HypothesisResult best = byScore.get(0);
        HypothesisResult holder = byScore.stream().filter(h -> h.id().equals(topId)).findFirst().orElse(null);
        if (holder != null && best != holder && best.score() < holder.score() + MARGIN) {
            java.util.ArrayList<HypothesisResult> kept = new java.util.ArrayList<>(byScore);
            kept.remove(holder);
            kept.add(0, holder);
            return kept;
        }
        if (!best.id().equals(topId)) {
            topId = best.id();
            since = now;
        }
        return byScore;
    }

    synchronized long since() {
        return since;
    }

    synchronized String topId() {
        return topId;
    }
}
