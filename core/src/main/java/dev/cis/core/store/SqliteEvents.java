package dev.cis.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The events table: an append-only log with a strictly increasing sequence number. */
final class SqliteEvents {

    private static final String COLUMNS = "seq, run_id, ts, type, json";

    private final SqliteConnections db;

    SqliteEvents(SqliteConnections db) {
        this.db = db;
    }

    long append(String runId, Instant ts, String type, String json) {
        return db.write("append event " + type, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO events (run_id, ts, type, json) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, runId);
                SqliteRows.setInstant(ps, 2, ts);
                ps.setString(3, type);
                ps.setString(4, json);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    void append(List<NewEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        db.write("append " + batch.size() + " events", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO events (run_id, ts, type, json) VALUES (?, ?, ?, ?)")) {
                for (NewEvent e : batch) {
                    ps.setString(1, e.runId());
                    SqliteRows.setInstant(ps, 2, e.ts());
                    ps.setString(3, e.type());
                    ps.setString(4, e.json());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    List<StoredEvent> ofRun(String runId, long afterSeq, int limit) {
        return db.read("read events of run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM events WHERE run_id = ? AND seq > ? ORDER BY seq LIMIT ?")) {
                ps.setString(1, runId);
                ps.setLong(2, afterSeq);
                ps.setInt(3, limit <= 0 ? -1 : limit);
                return collect(ps);
            }
        });
    }

    List<StoredEvent> all(long afterSeq, int limit) {
        return db.read("read events", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM events WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, afterSeq);
                ps.setInt(2, limit <= 0 ? -1 : limit);
                return collect(ps);
            }
        });
    }

    private static List<StoredEvent> collect(PreparedStatement ps) throws SQLException {
        List<StoredEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(SqliteRows.event(rs));
            }
        }
        return out;
    }
}
