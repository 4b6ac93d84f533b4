package dev.cis.app.cli;

import dev.cis.core.event.CisEvent;
import dev.cis.core.event.SessionBlocked;
import dev.cis.core.event.SessionRecovered;
import dev.cis.core.event.TaskApprovalRequested;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.store.TaskRecord;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live view of {@code cis dag execute}: on a terminal, a line per task (status, attempt, elapsed
 * time) redrawn in place; elsewhere (pipes, CI logs), one line per change.
 */
final class ProgressView {

    private final PrintWriter out;
    private final boolean live;
    private final String runId;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private int drawnLines;
    private int width;

    private static final class Row {
        TaskStatus status;
        int attempt;
        Instant startedAt;
        Instant endedAt;
        String note = "";
        String label;
        boolean timedOut;
    }

    ProgressView(PrintWriter out, boolean live, String runId, List<TaskRecord> tasks) {
        this.out = out;
        this.live = live;
        this.runId = runId;
        for (TaskRecord t : tasks) {
            Row r = new Row();
            r.status = t.status();
            r.attempt = t.attempt();
            r.label = TaskText.label(t);
            rows.put(t.taskId(), r);
            width = Math.max(width, Fmt.width(r.label));
        }
    }

    /** Applies an event of this run. */
    void apply(CisEvent e) {
        if (e instanceof TaskStatusChanged t && rows.containsKey(t.taskId())) {
            Row r = rows.get(t.taskId());
            r.status = t.to();
            r.attempt = t.attempt();
            if (t.to() == TaskStatus.RUNNING && t.from() != TaskStatus.BLOCKED) {
                r.startedAt = t.ts();
                r.endedAt = null;
            } else if (t.to().isTerminal() || t.to() == TaskStatus.RETRYING) {
                r.endedAt = t.ts();
            }
            r.note = TaskText.reasonBesideExit(t.exitCode(), t.reason());
            r.timedOut = TaskText.timedOut(t.reason());
            if (t.to() == TaskStatus.COMPLETED || t.to() == TaskStatus.RUNNING) {
                r.note = "";
            }
            if (!live) {
                line(t.ts(), r, t.exitCode() == null ? r.note
                        : "exit " + t.exitCode() + (r.note.isEmpty() ? "" : ", " + r.note));
            }
        } else if (e instanceof TaskApprovalRequested a && rows.containsKey(a.taskId())) {
            String hint = "waits for approval: cis dag approve " + runId + " " + a.taskId();
            rows.get(a.taskId()).note = hint;
            message(rows.get(a.taskId()).label + " " + hint);
        } else if (e instanceof SessionBlocked b && rows.containsKey(b.taskId())) {
            String hint = Fmt.cut(b.reason(), 60) + "  -> cis dag unblock " + b.sessionId()
                    + " --yes | --input TEXT, or cis dag attach " + b.sessionId();
            rows.get(b.taskId()).note = hint;
            message(rows.get(b.taskId()).label + " " + hint);
        } else if (e instanceof SessionRecovered r && rows.containsKey(r.taskId())) {
            rows.get(r.taskId()).note = "";
        }
    }

    /**
     * Takes the tasks' states from the store, after events may have been missed (the node was started again);
     * in plain mode prints a line for each task whose state changed.
     */
    void reload(List<TaskRecord> tasks) {
        for (TaskRecord t : tasks) {
            Row r = rows.get(t.taskId());
            if (r == null || (r.status == t.status() && r.attempt == t.attempt())) {
                continue;
            }
            r.status = t.status();
            r.attempt = t.attempt();
            r.note = t.reason() == null || t.status() == TaskStatus.RUNNING ? "" : t.reason();
            if (!live) {
                line(Instant.now(), r, r.note);
            }
        }
    }

    /** A line that stays above the live view (hints), or a plain line elsewhere. */
    void message(String text) {
        if (live) {
            clear();
            out.println(text);
            draw();
        } else {
            out.println(Fmt.clock(Instant.now()) + " " + text);
            out.flush();
        }
    }

    private void line(Instant ts, Row r, String note) {
        out.println(Fmt.clock(ts) + " " + Fmt.pad(r.label, width) + "  " + TaskText.status(r.status, r.timedOut)
                + (r.attempt > 1 ? " (attempt " + r.attempt + ")" : "") + (note.isEmpty() ? "" : "  " + note));
        out.flush();
    }

    /** Redraws the task lines in place (terminal mode only). */
    void draw() {
        if (!live) {
            return;
        }
        clear();
        Instant now = Instant.now();
        for (var en : rows.entrySet()) {
            Row r = en.getValue();
            String time = r.startedAt == null ? "" : Fmt.between(r.startedAt, r.endedAt == null ? now : r.endedAt);
            String status = Fmt.symbol(r.status) + " " + TaskText.status(r.status, r.timedOut);
            out.println(("  " + Fmt.pad(r.label, width) + "  " + Fmt.paint(true, Fmt.colour(r.status),
                    Fmt.pad(status, 22)) + " " + Fmt.pad(r.attempt > 1 ? "attempt " + r.attempt : "", 9) + " "
                    + Fmt.pad(time, 8) + " " + Fmt.cut(r.note, 70)).stripTrailing());
        }
        drawnLines = rows.size();
        out.flush();
    }

    private void clear() {
        if (drawnLines > 0) {
            out.print("\u001b[" + drawnLines + "F\u001b[J");
            drawnLines = 0;
        }
    }

    static String sessionId(String runId, String taskId, int attempt) {
        return new AttemptKey(runId, taskId, attempt).sessionId();
    }
}
