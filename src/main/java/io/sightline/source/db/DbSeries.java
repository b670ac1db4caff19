package io.sightline.source.db;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code db/<target>/...} series of one database: one sample per poll, a gap in each when the poll fails. */
final class DbSeries {
    private final SeriesStore store;
    private final String target;
    private final Map<String, Series> written = new LinkedHashMap<>();

    DbSeries(SeriesStore store, String target) {
        this.store = store;
        this.target = target;
    }

    void write(long time, DbActivity a) {
        put(time, Metrics.DB_SESSIONS, Unit.CONNECTIONS, a.sessions());
        put(time, Metrics.DB_SESSIONS_ACTIVE, Unit.CONNECTIONS, a.active());
        put(time, Metrics.DB_SESSIONS_IDLE, Unit.CONNECTIONS, a.idle());
        put(time, Metrics.DB_SESSIONS_IDLE_IN_TX, Unit.CONNECTIONS, a.idleInTransaction());
        put(time, Metrics.DB_SESSIONS_LOCK_WAITING, Unit.CONNECTIONS, a.lockWaiting());
        put(time, Metrics.DB_STATEMENT_LONGEST, Unit.MILLISECONDS, a.longestStatementMs());
        put(time, Metrics.DB_CONNECTIONS_USED, Unit.CONNECTIONS, a.connectionsUsed());
        put(time, Metrics.DB_CONNECTIONS_MAX, Unit.CONNECTIONS, a.connectionsMax());
        put(time, Metrics.DB_CONNECTIONS_RESERVED, Unit.CONNECTIONS, a.connectionsReserved());
    }

    /** Marks every series written so far as unknown from {@code time} (charts never draw across it). */
    void gapAll(long time) {
        written.values().forEach(s -> s.appendGap(time));
    }

    private void put(long time, String metric, Unit unit, double value) {
        if (Double.isNaN(value)) {
            return; // this database has no such figure: no series rather than a line of gaps
        }
        written.computeIfAbsent(metric, m -> store.series(SeriesId.of(Metrics.SOURCE_DB, target, m), unit)).append(time, value);
    }
}
