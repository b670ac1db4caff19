package io.sightline.source.db;

/**
 * What the database server reports about its client sessions at one instant, the monitoring session excluded.
 * Connection-limit fields are NaN where the server has no such limit (H2).
 *
 * @param sessions           client sessions connected
 * @param active             sessions executing a statement (blocked ones included: they are inside a statement)
 * @param idleInTransaction  idle sessions with an open transaction
 * @param lockWaiting        sessions waiting for a lock held by another session
 * @param longestStatementMs age of the longest-running statement, 0 when none runs
 * @param connectionsUsed    connections counted against the limit, the monitor's own included
 * @param connectionsMax     the server's connection limit
 * @param connectionsReserved slots of that limit ordinary users cannot take
 */
public record DbActivity(int sessions, int active, int idleInTransaction, int lockWaiting, double longestStatementMs,
                         double connectionsUsed, double connectionsMax, double connectionsReserved) {

    public int idle() {
        return sessions - active;
    }
}
