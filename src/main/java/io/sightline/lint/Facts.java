package io.sightline.lint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the configuration file cannot say: how many instances run it, the database's limits, the request
 * timeout upstream. Every field may be unknown (null); rules that need an unknown fact stay silent.
 *
 * @param instances       instances running this configuration in steady state
 * @param surge           extra instances during a rolling deploy (old and new pods both hold pools)
 * @param dbMaxConnections the database's {@code max_connections}
 * @param dbReserved      slots applications cannot use ({@code superuser_reserved_connections + reserved_connections})
 * @param requestTimeout  the timeout of the request that borrows the connection (load balancer, gateway, client)
 * @param dbCores         CPU cores of the database server, for the "About Pool Sizing" formula
 * @param dbSpindles      effective spindles of the database server (1 when unknown, as in the wiki's example)
 * @param idleLimits      limits that close a connection left idle (MySQL wait_timeout, PgBouncer, load balancers)
 * @param load            the load one instance's pools serve, as measured (a capture, production metrics)
 */
public record Facts(Integer instances, Integer surge, Integer dbMaxConnections, Integer dbReserved,
                    Duration requestTimeout, Integer dbCores, Integer dbSpindles, List<IdleLimit> idleLimits,
                    Load load) {

    /** A limit after which something between the pool and the database drops an idle connection. */
    public record IdleLimit(String name, Duration timeout) {
    }

    /**
     * Requests per second that borrow a connection on one instance, and how long each holds it (borrow to close).
     * Their product is the connections the load keeps busy on average (Little's law).
     */
    public record Load(double ratePerSecond, Duration hold) {
        public Load {
            if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond) || hold == null || hold.isNegative() || hold.isZero()) {
                throw new IllegalArgumentException("a load needs a positive rate and hold time, not " + ratePerSecond
                        + "/s x " + hold);
            }
        }

        /** Connections busy on average: rate x hold time. */
        public double connections() {
            return ratePerSecond * hold.toNanos() / 1e9;
        }
    }

    public Facts {
        idleLimits = List.copyOf(idleLimits == null ? List.of() : idleLimits);
    }

    /** Facts without a measured load. */
    public Facts(Integer instances, Integer surge, Integer dbMaxConnections, Integer dbReserved,
                 Duration requestTimeout, Integer dbCores, Integer dbSpindles, List<IdleLimit> idleLimits) {
        this(instances, surge, dbMaxConnections, dbReserved, requestTimeout, dbCores, dbSpindles, idleLimits, null);
    }

    public static Facts none() {
        return new Facts(null, null, null, null, null, null, null, List.of());
    }

    /** These facts with the load measured as {@code load}. */
    public Facts withLoad(Load l) {
        return new Facts(instances, surge, dbMaxConnections, dbReserved, requestTimeout, dbCores, dbSpindles,
                idleLimits, l);
    }

    /** These facts, with every unknown filled from {@code fallback} (flags win over what a live database says). */
    public Facts orElse(Facts fallback) {
        List<IdleLimit> limits = new ArrayList<>(idleLimits);
        fallback.idleLimits.stream()
                .filter(l -> limits.stream().noneMatch(mine -> mine.name().equals(l.name())))
                .forEach(limits::add);
        return new Facts(pick(instances, fallback.instances), pick(surge, fallback.surge),
                pick(dbMaxConnections, fallback.dbMaxConnections), pick(dbReserved, fallback.dbReserved),
                pick(requestTimeout, fallback.requestTimeout), pick(dbCores, fallback.dbCores),
                pick(dbSpindles, fallback.dbSpindles), limits, pick(load, fallback.load));
    }

    /** Instances holding a pool at the worst moment of a rolling deploy. */
    public int peakInstances() {
        return (instances == null ? 1 : instances) + (surge == null ? 0 : surge);
    }

    private static <T> T pick(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
