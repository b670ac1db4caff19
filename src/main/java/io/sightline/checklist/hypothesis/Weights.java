package io.sightline.checklist.hypothesis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An ordered map of evidence id to weight, written as alternating id and weight. */
final class Weights {
    private Weights() {
    }

    static Map<String, Double> of(Object... idWeightPairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < idWeightPairs.length; i += 2) {
            m.put((String) idWeightPairs[i], ((Number) idWeightPairs[i + 1]).doubleValue());
        }
        return Collections.unmodifiableMap(m);
    }
}
