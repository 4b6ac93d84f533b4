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
        int w = Math.max(4, d.tasks().stream().mapToInt(t -> t.taskId().length()).max().orElse(4));
        out.printf("  %-" + w + "s  %-18s %-7s %-11s %-8s %-5s %s%n", "TASK", "STATUS", "ATTEMPT", "AGENT", "TIME", "EXIT",
                "NOTE");
        for (TaskRecord t : d.tasks()) {
            List<AttemptRecord> attempts = store.attempts(r.id(), t.taskId());
            AttemptRecord last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
            String time = last == null ? "-" : Fmt.between(last.startedAt(), last.endedAt());
            String exit = last == null || last.exitCode() == null ? "-" : last.exitCode().toString();
            String status = Fmt.symbol(t.status()) + " " + t.status().wireName();
            out.printf("  %-" + w + "s  %s %-7s %-11s %-8s %-5s %s%n", t.taskId(),
                    Fmt.paint(ansi, Fmt.colour(t.status()), String.format("%-18s", status)),
                    t.attempt() == 0 ? "-" : Integer.toString(t.attempt()), Fmt.cut(t.agent(), 11), time, exit,
                    Fmt.cut(note(r.id(), t), 60));
            if (verbose) {
                for (AttemptRecord a : attempts) {
                    out.printf("  %-" + w + "s    attempt %d %s  %s -> %s  exit %s%s%n", "", a.key().attempt(),
                            a.status().wireName(), Fmt.time(a.startedAt()), Fmt.time(a.endedAt()),
                            a.exitCode() == null ? "-" : a.exitCode(), a.reason() == null ? "" : "  (" + a.reason() + ")");
                    if (a.recordingPath() != null) {
                        out.printf("  %-" + w + "s      recording %s%n", "", a.recordingPath());
                    }
                }
            }
        }
    }

    private static String note(String runId, TaskRecord t) {
        return switch (t.status()) {
            case WAITING_APPROVAL -> "approve: cis dag approve " + runId + " " + t.taskId();
            case BLOCKED -> "waits for a person: cis dag sessions --run " + runId;
            default -> t.reason() == null ? "" : t.reason();
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
