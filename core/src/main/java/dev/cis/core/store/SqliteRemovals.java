package dev.cis.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Deleting runs from SQLite, and what their rows hold. */
final class SqliteRemovals {

    /** Bytes of the texts a run keeps: its DAG source, its attempts' prompts and outputs, its events. */
    private static final String STORED_BYTES = "SELECT"
            + " (SELECT COALESCE(SUM(length(CAST(source_text AS BLOB))), 0) FROM runs WHERE id = ?1)"
            + " + (SELECT COALESCE(SUM(COALESCE(length(CAST(output AS BLOB)), 0)"
            + " + COALESCE(length(CAST(prompt AS BLOB)), 0)), 0) FROM attempts WHERE run_id = ?1)"
            + " + (SELECT COALESCE(SUM(length(CAST(json AS BLOB))), 0) FROM events WHERE run_id = ?1)";

    private final SqliteConnections db;

    SqliteRemovals(SqliteConnections db) {
        this.db = db;
    }

    long storedBytes(String runId) {
        return db.read("measure run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement(STORED_BYTES)) {
                ps.setString(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** Events have no foreign key to their run (events of no run exist), so they go first, by hand. */
    boolean delete(String runId) {
        return db.write("delete run " + runId, c -> {
            try (PreparedStatement events = c.prepareStatement("DELETE FROM events WHERE run_id = ?");
                    PreparedStatement run = c.prepareStatement("DELETE FROM runs WHERE id = ?")) {
                events.setString(1, runId);
                events.executeUpdate();
                run.setString(1, runId);
                return deleted(run);
            }
        });
    }

    private static boolean deleted(PreparedStatement ps) throws SQLException {
        return ps.executeUpdate() > 0;
    }
}
