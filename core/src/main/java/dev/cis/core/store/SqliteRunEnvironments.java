package dev.cis.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The environment each run was submitted with, as one JSON object per run (table {@code run_environments}). */
final class SqliteRunEnvironments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private final SqliteConnections db;

    SqliteRunEnvironments(SqliteConnections db) {
        this.db = db;
    }

    void save(String runId, Map<String, String> env) {
        String json;
        try {
            json = JSON.writeValueAsString(env);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode the environment of run " + runId + ": " + e.getMessage(), e);
        }
        db.write("store the environment of run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO run_environments (run_id, env) VALUES (?, ?)")) {
                ps.setString(1, runId);
                ps.setString(2, json);
                return ps.executeUpdate();
            }
        });
    }

    Optional<Map<String, String>> find(String runId) {
        String json = db.read("read the environment of run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT env FROM run_environments WHERE run_id = ?")) {
                ps.setString(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            throw new StoreException("the stored environment of run " + runId + " is not readable: " + e.getMessage(), e);
        }
    }
}
