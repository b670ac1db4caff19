package io.sightline.checklist;

import io.sightline.checklist.hypothesis.HypothesisResult;

import java.util.List;

/**
 * Remembers since when the best-scored hypothesis has been best without interruption. The ranking is never
 * reordered to keep a holder on top: what is shown first is what scores highest, and a flap resets the time.
 */
final class TopTracker {
    private String topId;
    private long since = -1;

    synchronized void update(List<HypothesisResult> byScore, long now) {
        String best = byScore.get(0).id();
        if (!best.equals(topId)) {
            topId = best;
            since = now;
        }
    }

    synchronized long since() {
        return since;
    }
}
