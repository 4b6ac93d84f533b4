package dev.cis.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.app.services.AppServices;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunDetail;
import dev.cis.core.store.RunLookupException;
import dev.cis.core.store.RunOverview;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.StoreOpenException;
import dev.cis.core.store.TaskRecord;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag status [RUN] [-v] [--json]}. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show a run and its tasks: status, attempt, agent, time, exit code and why a task failed "
                + "or was skipped. Reads the database; when it shows work running and no node runs, the node is "
                + "started first and recovers that work.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cis dag status              the newest run",
            "  cis dag status k3f9 -v      a run by a unique prefix of its id, with every attempt",
            "  cis dag status k3f9 --json",
        })
public final class DagStatusCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RUN", description = "Run id or a unique prefix of it (default: the newest run).")
    String run;

    @Option(names = {"-v", "--verbose"}, description = "Also list every attempt of every task.")
    boolean verbose;

    @Option(names = "--json", description = "Print JSON: the run, its summary, its tasks (and attempts with -v).")
    boolean json;

    public DagStatusCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            RunStore store = services.store();
            StoredRunsCheck.recoverIfNodeDown(services.home(), store, err);
            String id = resolve(store, run);
            if (id == null) {
                err.println("cis: no runs yet; start one with 'cis dag execute FILE'");
                return ExitCodes.USAGE;
            }
            RunDetail d = store.runDetail(id).orElseThrow();
            if (json) {
                printJson(out, store, d);
            } else {
                printText(out, store, d);
            }
            return ExitCodes.OK;
        } catch (StoreOpenException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (RunLookupException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** The run named by {@code idOrPrefix}, or the newest run when it is null; null when there are no runs. */
    static String resolve(RunStore store, String idOrPrefix) throws RunLookupException {
        if (idOrPrefix != null) {
            return store.resolveRunId(idOrPrefix);
        }
        List<RunOverview> runs = store.listRuns(RunStore.ALL);
        return runs.stream().map(RunOverview::run)
                .max(java.util.Comparator.comparing(dev.cis.core.store.RunRecord::createdAt))
                .map(dev.cis.core.store.RunRecord::id).orElse(null);
    }

    private void printText(PrintWriter out, RunStore store, RunDetail d) {
        boolean ansi = Fmt.ansi();
        var r = d.run();
        var s = d.summary();
        out.printf("run %s  %s  %s%n", r.id(), r.dagName(), Fmt.paint(ansi, Fmt.colour(r.status()), r.status().wireName()));
        out.printf("  file     %s%n", r.sourceFile() == null ? "-" : r.sourceFile());
        out.printf("  started  %s   duration %s   node %s%n", Fmt.time(r.startedAt()),
                Fmt.between(r.startedAt(), r.finishedAt()), r.nodeId() == null ? "-" : r.nodeId());
        out.printf("  tasks    %d total, %d completed, %d failed, %d skipped, %d cancelled%n", s.total(), s.completed(),
                s.failed(), s.skipped(), s.cancelled());
        if (r.reason() != null) {
            out.printf("  reason   %s%n", r.reason());
        }
        out.println();
        printTasks(out, store, r.id(), d.tasks(), ansi);
    }

    /** One row per task; columns are padded by display width, so wide and combining characters align. */
    private void printTasks(PrintWriter out, RunStore store, String runId, List<TaskRecord> tasks, boolean ansi) {
        List<Row> rows = tasks.stream().map(t -> row(store, runId, t)).toList();
        int w = Fmt.columns(rows.stream().map(Row::label), 4, 48);
        int sw = Fmt.columns(rows.stream().map(Row::status), 16, 40) + 2;
        out.println("  " + Fmt.pad("TASK", w) + "  " + Fmt.pad("STATUS", sw) + " " + Fmt.pad("ATTEMPT", 7) + " "
                + Fmt.pad("AGENT", 11) + " " + Fmt.pad("TIME", 8) + " " + Fmt.pad("EXIT", 5) + " NOTE");
        for (Row row : rows) {
            TaskRecord t = row.task();
            AttemptRecord last = row.last();
            String time = last == null ? "-" : Fmt.between(last.startedAt(), last.endedAt());
            Integer code = last == null ? null : last.exitCode();
            String status = Fmt.symbol(t.status()) + " " + row.status();
            out.println(("  " + Fmt.pad(Fmt.cut(row.label(), w), w) + "  "
                    + Fmt.paint(ansi, Fmt.colour(t.status()), Fmt.pad(status, sw)) + " "
                    + Fmt.pad(t.attempt() == 0 ? "-" : Integer.toString(t.attempt()), 7) + " "
                    + Fmt.pad(Fmt.cut(t.agent(), 11), 11) + " " + Fmt.pad(time, 8) + " "
                    + Fmt.pad(code == null ? "-" : code.toString(), 5) + " "
                    + Fmt.cut(note(runId, t, code), 60)).stripTrailing());
            if (verbose) {
                printAttempts(out, row.attempts(), w);
            }
        }
    }

    private void printAttempts(PrintWriter out, List<AttemptRecord> attempts, int w) {
        String indent = "  " + " ".repeat(w) + "    ";
        for (AttemptRecord a : attempts) {
            String reason = TaskText.reasonBesideExit(a.exitCode(), a.reason());
            out.println(indent + "attempt " + a.key().attempt() + " " + TaskText.attemptStatus(a) + "  "
                    + Fmt.time(a.startedAt()) + " -> " + Fmt.time(a.endedAt()) + "  exit "
                    + (a.exitCode() == null ? "-" : a.exitCode()) + (reason.isEmpty() ? "" : "  (" + reason + ")"));
            if (a.recordingPath() != null) {
                out.println(indent + "  recording " + a.recordingPath());
            }
        }
    }

    private record Row(TaskRecord task, List<AttemptRecord> attempts, AttemptRecord last, String label,
                       String status) {
    }

    private static Row row(RunStore store, String runId, TaskRecord t) {
        List<AttemptRecord> attempts = store.attempts(runId, t.taskId());
        AttemptRecord last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
        boolean timedOut = TaskText.timedOut(last) || TaskText.timedOut(t.reason());
        return new Row(t, attempts, last, TaskText.label(t), TaskText.status(t.status(), timedOut));
    }

    private static String note(String runId, TaskRecord t, Integer exitCode) {
        return switch (t.status()) {
            case WAITING_APPROVAL -> "approve: cis dag approve " + runId + " " + t.taskId();
            case BLOCKED -> "waits for a person: cis dag sessions --run " + runId;
            default -> TaskText.reasonBesideExit(exitCode, t.reason());
        };
    }

    private void printJson(PrintWriter out, RunStore store, RunDetail d) {
        ObjectNode root = JsonOut.run(d.run(), d.summary());
        ArrayNode tasks = root.putArray("tasks");
        for (TaskRecord t : d.tasks()) {
            ObjectNode tn = JsonOut.task(t);
            if (verbose) {
                ArrayNode an = tn.putArray("attempts");
                store.attempts(d.run().id(), t.taskId()).forEach(a -> an.add(JsonOut.attempt(a, false)));
            }
            tasks.add(tn);
        }
        out.println(JsonOut.write(root));
    }
}
