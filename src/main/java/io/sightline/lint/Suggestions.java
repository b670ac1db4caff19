package io.sightline.lint;

import java.util.Collection;
import java.util.Optional;

/** The valid key a misspelt one most likely meant: smallest edit distance, or a key it abbreviates. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> nearest(String wrong, Collection<String> candidates) {
        String w = HikariKeys.relax(wrong);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = HikariKeys.relax(candidate);
            int distance = distance(w, c);
            boolean plausible = distance <= Math.max(2, c.length() / 4) || isSubsequence(w, c) && w.length() >= 5;
            if (plausible && distance < bestScore) {
                best = candidate;
                bestScore = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitution, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** {@code maxpoolsize} abbreviates {@code maximumpoolsize}. */
    private static boolean isSubsequence(String shorter, String longer) {
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (shorter.charAt(i) == longer.charAt(j)) {
                i++;
            }
        }
        return i == shorter.length();
    }
}
