package io.sightline.source.db;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL: {@code pg_stat_activity} for client backends (state, query start on the server's clock),
 * {@code pg_locks} for backends waiting on a lock (not granted), and the limit ordinary users meet:
 * {@code max_connections} less {@code superuser_reserved_connections} (and {@code reserved_connections} from 16 on).
 * Other users' states are visible to superusers and members of {@code pg_monitor} / {@code pg_read_all_stats}.
 */
final class PostgresDialect implements DbDialect {
    private static final String SQL = """
            SELECT count(*),
                   count(*) FILTER (WHERE a.state = 'active'),
                   count(*) FILTER (WHERE a.state LIKE 'idle in transaction%'),
                   (SELECT count(DISTINCT l.pid) FROM pg_locks l WHERE NOT l.granted AND l.pid <> pg_backend_pid()),
                   coalesce(max(extract(epoch FROM clock_timestamp() - a.query_start) * 1000)
                            FILTER (WHERE a.state = 'active'), 0),
                   (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'),
                   current_setting('max_connections')::int,
                   current_setting('superuser_reserved_connections')::int
                       + coalesce(current_setting('reserved_connections', true)::int, 0)
            FROM pg_stat_activity a
            WHERE a.backend_type = 'client backend' AND a.pid <> pg_backend_pid()""";

    @Override
    public String product() {
        return "PostgreSQL";
    }

    @Override
    public String sql() {
        return SQL;
    }

    @Override
    public DbActivity map(ResultSet rs) throws SQLException {
        return new DbActivity(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), Math.max(0, rs.getDouble(5)),
                rs.getInt(6), rs.getInt(7), rs.getInt(8));
    }
}
