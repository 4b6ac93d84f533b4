package dev.cis.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunRecord;
import dev.cis.core.model.RunSummary;
import dev.cis.core.store.TaskRecord;
import java.time.Instant;

/** JSON forms of runs, tasks and attempts for {@code --json}. Field names are snake_case and stable. */
final class JsonOut {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOut() {
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode run(RunRecord r, RunSummary s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("run_id", r.id());
        n.put("dag", r.dagName());
        n.put("source_file", r.sourceFile());
        n.put("status", r.status().wireName());
        time(n, "created_at", r.createdAt());
        time(n, "started_at", r.startedAt());
        time(n, "finished_at", r.finishedAt());
        n.put("reason", r.reason());
        n.put("node_id", r.nodeId());
        if (s != null) {
            ObjectNode c = n.putObject("summary");
            c.put("total", s.total());
            c.put("completed", s.completed());
            c.put("failed", s.failed());
            c.put("skipped", s.skipped());
            c.put("cancelled", s.cancelled());
            c.put("duration_ms", s.duration() == null ? 0 : s.duration().toMillis());
        }
        return n;
    }

    static ObjectNode task(TaskRecord t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("task_id", t.taskId());
        n.put("name", t.name());
        n.put("agent", t.agent());
        n.put("status", t.status().wireName());
        n.put("attempt", t.attempt());
        var deps = n.putArray("deps");
        t.deps().forEach(deps::add);
        time(n, "updated_at", t.updatedAt());
        n.put("reason", t.reason());
        n.put("approval", t.approval() == null ? null : t.approval().wireName());
        return n;
    }

    static ObjectNode attempt(AttemptRecord a, boolean withText) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("session_id", a.key().sessionId());
        n.put("attempt", a.key().attempt());
        n.put("status", a.status().wireName());
        time(n, "started_at", a.startedAt());
        time(n, "ended_at", a.endedAt());
        if (a.exitCode() == null) {
            n.putNull("exit_code");
        } else {
            n.put("exit_code", a.exitCode());
        }
        n.put("pid", a.pid());
        n.put("output_bytes", a.outputBytes());
        n.put("recording", a.recordingPath());
        n.put("reason", a.reason());
        if (withText) {
            n.put("prompt", a.prompt());
            n.put("output", a.output());
        }
        return n;
    }

    private static void time(ObjectNode n, String field, Instant t) {
        if (t == null) {
            n.putNull(field);
        } else {
            n.put(field, t.toString());
        }
    }
}
