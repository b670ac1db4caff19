package io.sightline.demo.scenario;

import java.time.Duration;
import java.util.List;

/**
 * One entry of a scenario's time line: at scenario time {@code at}, do {@code action}. Which of the other fields
 * an action reads is listed in {@link Action}; the loader rejects a step that lacks one its action needs.
 *
 * @param at         scenario time of the step
 * @param action     what happens (see {@link Action})
 * @param pool       {@code deploy}: HikariCP settings of the new release (null fields keep the old values)
 * @param release    {@code deploy}: version string of the new release
 * @param defects    {@code deploy}: code defects the new release ships, e.g. {@code leak-on-payment-decline}
 * @param latency    {@code db-network}: delay added to every database round trip; {@code payment}: response delay
 * @param jitter     {@code db-network}, {@code payment}: random extra delay, uniform in [0, jitter]
 * @param stallEvery {@code db-network}: period of full stalls (0 or absent: none)
 * @param stallFor   {@code db-network}: length of each stall
 * @param hold       {@code db-lock-job}: how long the batch job holds its row locks (0: stop the job)
 * @param every      {@code db-lock-job}: period of the batch job
 * @param rate       {@code load}: new arrival rate (requests/s); {@code alloc-storm}: MB allocated per second (0: stop)
 * @param retain     {@code alloc-storm}: MB kept reachable by the storm's cache
 */
public record Step(Duration at, String action, Scenario.PoolSpec pool, String release, List<String> defects,
                   Duration latency, Duration jitter, Duration stallEvery, Duration stallFor, Duration hold,
                   Duration every, Double rate, Double retain) {
    public Step {
        defects = defects == null ? List.of() : List.copyOf(defects);
    }

    /** The actions a step can take. */
    public enum Action {
        /** Restart the service process with a new release (pool settings, defects). */
        DEPLOY("deploy"),
        /** Change the fault proxy between service and database: latency, jitter, stalls. */
        DB_NETWORK("db-network"),
        /** Start or stop a batch job inside the database that holds row locks on the stock table. */
        DB_LOCK_JOB("db-lock-job"),
        /** Change the payment stub's response delay. */
        PAYMENT("payment"),
        /** Start or stop an allocation storm inside the service (a runaway cache). */
        ALLOC_STORM("alloc-storm"),
        /** Change the load's arrival rate. */
        LOAD("load");

        private final String id;

        Action(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Action of(String id) {
            for (Action a : values()) {
                if (a.id.equals(id)) {
                    return a;
                }
            }
            return null;
        }

        public static List<String> ids() {
            return java.util.Arrays.stream(values()).map(Action::id).toList();
        }
    }
}
