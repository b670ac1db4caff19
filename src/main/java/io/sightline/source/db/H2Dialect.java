package io.sightline.source.db;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * H2 2.x: {@code INFORMATION_SCHEMA.SESSIONS} lists every session to an administrator (a non-admin user sees only
 * its own). A session inside a statement has {@code EXECUTING_STATEMENT}; one waiting for a lock also has
 * {@code BLOCKER_ID}. Ages are computed on the server's clock, so client clock skew does not matter. H2 has no
 * connection limit, so those fields stay unknown.
 */
final class H2Dialect implements DbDialect {
    private static final String SQL = """
            SELECT COUNT(*),
                   COUNT(EXECUTING_STATEMENT),
                   SUM(CASE WHEN EXECUTING_STATEMENT IS NULL AND CONTAINS_UNCOMMITTED THEN 1 ELSE 0 END),
                   COUNT(BLOCKER_ID),
                   MAX(DATEDIFF('MILLISECOND', EXECUTING_STATEMENT_START, CURRENT_TIMESTAMP))
            FROM INFORMATION_SCHEMA.SESSIONS
            WHERE SESSION_ID <> SESSION_ID()""";

    @Override
    public String product() {
        return "H2";
    }

    @Override
    public String sql() {
        return SQL;
    }

    @Override
    public DbActivity map(ResultSet rs) throws SQLException {
        double longest = rs.getDouble(5);
        return new DbActivity(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                rs.wasNull() ? 0 : Math.max(0, longest), Double.NaN, Double.NaN, Double.NaN);
    }
}
