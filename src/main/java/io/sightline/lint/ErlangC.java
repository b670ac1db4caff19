package io.sightline.lint;

/**
 * A connection pool as an M/M/c queue (Erlang C): requests arrive at random, each holds one of {@code c}
 * connections for a while, and a request that finds none free waits. With an offered load of {@code A} connections
 * (rate x mean hold time), the share of requests that wait longer than {@code t} is
 * {@code C(c, A) * exp(-(c - A) * t / hold)}. Random arrivals are burstier than a steady rate, which is why a pool
 * sized at the average load already makes requests wait.
 */
public final class ErlangC {
    /** Larger pools are not searched: a load this large is a fleet question, not one pool's size. */
    static final int MAX_POOL = 10_000;

    private ErlangC() {
    }

    /** Probability that a request finds all {@code c} connections busy; 1 when the pool cannot keep up at all. */
    public static double waitProbability(int c, double load) {
        if (c <= 0 || load >= c) {
            return 1;
        }
        double b = 1; // Erlang B, by the stable recursion B(k) = A B(k-1) / (k + A B(k-1))
        for (int k = 1; k <= c; k++) {
            b = load * b / (k + load * b);
        }
        return c * b / (c - load * (1 - b));
    }

    /** Share of requests that wait longer than {@code waitMillis} for a connection held {@code holdMillis} on average. */
    public static double waitLongerThan(int c, double load, double holdMillis, double waitMillis) {
        if (c <= 0 || load >= c) {
            return 1;
        }
        return waitProbability(c, load) * Math.exp(-(c - load) * waitMillis / holdMillis);
    }

    /** The smallest pool at which at most {@code share} of requests wait longer than {@code waitMillis}. */
    public static int smallestPool(double load, double holdMillis, double waitMillis, double share) {
        double b = 1; // Erlang B carried from one size to the next: linear in the answer, not quadratic
        for (int c = 1; c < MAX_POOL; c++) {
            b = load * b / (c + load * b);
            if (c > load) {
                double wait = c * b / (c - load * (1 - b));
                if (wait * Math.exp(-(c - load) * waitMillis / holdMillis) <= share) {
                    return c;
                }
            }
        }
        return MAX_POOL;
    }
}
