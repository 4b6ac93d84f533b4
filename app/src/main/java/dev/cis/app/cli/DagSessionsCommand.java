package dev.cis.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.app.services.AppServices;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunLookupException;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.StoreOpenException;
import dev.cis.core.store.TaskRecord;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cis dag sessions [--run R] [--all] [--json]}. */
@Command(
        name = "sessions",
        mixinStandardHelpOptions = true,
        description = "List live sessions: id (RUN:TASK:ATTEMPT), agent, state (a blocked session shows the "
                + "question it asks), runtime and the last line it printed. --all adds the sessions that ended.",
        footerHeading = "%nExamples:%n",
        footer = {"  cis dag sessions", "  cis dag sessions --run k3f9 --all", "  cis dag sessions --json"})
public final class DagSessionsCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--run", paramLabel = "RUN", description = "Only the sessions of this run.")
    String run;

    @Option(names = {"-a", "--all"}, description = "Also sessions that ended (of this run, or of the 20 latest runs).")
    boolean all;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    public DagSessionsCommand(AppServices services) {
        this.services = services;
    }

    private record Row(String id, String task, String agent, String state, String reason, Instant started,
            Instant ended, String last, SessionInfo live) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (NodeApi node = services.node(true)) {
            RunStore store = services.store();
            String runId = run == null ? null : store.resolveRunId(run);
            List<Row> rows = new ArrayList<>();
            for (SessionInfo s : node.sessions(runId)) {
                rows.add(new Row(s.sessionId(), s.taskId(), s.agent(), s.state(), s.blockReason(), s.startedAt(), null,
                        s.lastLine(), s));
            }
            if (all) {
                addEnded(store, runId, rows);
            }
            if (json) {
                printJson(out, rows);
            } else {
                printText(out, rows);
            }
            return ExitCodes.OK;
        } catch (NodeException e) {
            return NodeErrors.report(err, e);
        } catch (RunLookupException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreOpenException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static void addEnded(RunStore store, String runId, List<Row> rows) {
        List<String> runs = runId != null ? List.of(runId)
                : store.listRuns(DagListCommand.DEFAULT_LIMIT).stream().map(o -> o.run().id()).toList();
        for (String r : runs) {
            for (TaskRecord t : store.tasks(r)) {
                for (AttemptRecord a : store.attempts(r, t.taskId())) {
                    if (a.endedAt() != null) {
                        rows.add(new Row(a.key().sessionId(), t.taskId(), t.agent(), a.status().wireName(), a.reason(),
                                a.startedAt(), a.endedAt(), lastLine(a.output()), null));
                    }
                }
            }
        }
    }

    private static String lastLine(String output) {
        if (output == null) {
            return "";
        }
        String[] lines = output.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    private void printText(PrintWriter out, List<Row> rows) {
        if (rows.isEmpty()) {
            out.println(all ? "No sessions." : "No live sessions. Ended ones: cis dag sessions --all");
            return;
        }
        boolean ansi = Fmt.ansi();
        int w = Fmt.columns(rows.stream().map(Row::id), 7, 100);
        out.println(Fmt.pad("SESSION", w) + "  " + Fmt.pad("AGENT", 11) + " " + Fmt.pad("STATE", 10) + " "
                + Fmt.pad("TIME", 8) + " LAST OUTPUT / QUESTION");
        for (Row r : rows) {
            boolean blocked = "blocked".equals(r.state());
            String state = Fmt.paint(ansi, blocked ? "1;33" : "running".equals(r.state()) ? "36" : "90",
                    Fmt.pad(r.state().replace('_', ' '), 10));
            String last = blocked ? r.reason()
                    : r.live() == null && r.reason() != null ? "(" + r.reason() + ") " + r.last() : r.last();
            out.println((Fmt.pad(r.id(), w) + "  " + Fmt.pad(Fmt.cut(r.agent(), 11), 11) + " " + state + " "
                    + Fmt.pad(Fmt.between(r.started(), r.ended()), 8) + " " + Fmt.cut(last, 70)).stripTrailing());
            if (blocked) {
                out.println(Fmt.pad("", w) + "  answer: cis dag unblock " + r.id() + " --yes | --no | --input TEXT"
                        + "   or: cis dag attach " + r.id());
            }
        }
    }

    private static void printJson(PrintWriter out, List<Row> rows) {
        ArrayNode arr = JsonOut.MAPPER.createArrayNode();
        for (Row r : rows) {
            ObjectNode n = arr.addObject();
            n.put("session_id", r.id());
            n.put("task_id", r.task());
            n.put("agent", r.agent());
            n.put("state", r.state());
            n.put("reason", r.reason());
            n.put("started_at", r.started() == null ? null : r.started().toString());
            n.put("ended_at", r.ended() == null ? null : r.ended().toString());
            n.put("last_line", r.last());
            if (r.live() != null) {
                n.put("pid", r.live().pid());
                n.put("bytes_out", r.live().bytesOut());
                n.put("signal", r.live().signal());
                ArrayNode screen = n.putArray("screen");
                r.live().screen().forEach(screen::add);
            }
        }
        out.println(JsonOut.write(arr));
    }

}
