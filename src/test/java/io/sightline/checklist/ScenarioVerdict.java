package io.sightline.checklist;

import io.sightline.checklist.hypothesis.HypothesisResult;
import io.sightline.series.SeriesStore;

import java.util.Locale;

/**
 * How the engine did on one recorded incident, replayed as a responder would have watched it live: the top
 * hypothesis at the end of the fault window, and how long after the fault's onset the true cause took the top and
 * kept it until that end.
 *
 * @param top            the top hypothesis at {@code until}
 * @param score          its score
 * @param runnerUp       the second hypothesis at {@code until}
 * @param onsetToTopMillis time from onset until the true cause was on top for good; -1 when it never was
 */
record ScenarioVerdict(String top, double score, String runnerUp, double runnerUpScore, long onsetToTopMillis) {
    private static final long STEP_MILLIS = Replay.DEFAULT_STEP_MILLIS;

    /**
     * @param onset epoch millis of the fault's onset (for a healthy run: the start of the recording)
     * @param until epoch millis of the fault's end (or the end of the recording), where the top is read
     */
    static ScenarioVerdict of(SeriesStore store, String truth, long onset, long until) {
        DiagnosisEngine engine = new DiagnosisEngine();
        long[] range = Replay.timeRange(store);
        long end = Math.min(until, range[1]);
        long correctSince = -1;
        Diagnosis d = null;
        for (long t = range[0]; t <= end; t += STEP_MILLIS) {
            d = engine.evaluate(store, t);
            boolean right = d.top().id().equals(truth) && d.top().score() > 0;
            if (!right) {
                correctSince = -1;
            } else if (correctSince < 0) {
                correctSince = t;
            }
        }
        HypothesisResult first = d.ranked().get(0);
        HypothesisResult second = d.ranked().get(1);
        long toTop = correctSince < 0 ? -1 : Math.max(0, correctSince - onset);
        return new ScenarioVerdict(first.id(), first.score(), second.id(), second.score(), toTop);
    }

    boolean correct(String truth) {
        return top.equals(truth);
    }

    String row(String scenario, String truth) {
        String time = onsetToTopMillis < 0 ? "never" : onsetToTopMillis / 1000 + " s";
        return String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s %.2f | %s |", scenario, truth, top, score,
                runnerUp, runnerUpScore, time);
    }
}
