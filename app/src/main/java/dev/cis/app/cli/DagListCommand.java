package dev.cis.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.cis.app.services.AppServices;
import dev.cis.core.store.RunOverview;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.StoreOpenException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cis dag list [--all] [--json]}. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List runs: active runs first, then the newest. Shows the 20 latest unless --all.",
        footerHeading = "%nExamples:%n",
        footer = {"  cis dag list", "  cis dag list --all --json"})
public final class DagListCommand implements Callable<Integer> {

    static final int DEFAULT_LIMIT = 20;

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-a", "--all"}, description = "List every run.")
    boolean all;

    @Option(names = "--json", description = "Print a JSON array of runs with their summaries.")
    boolean json;

    public DagListCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            StoredRunsCheck.recoverIfNodeDown(services.home(), services.store(), spec.commandLine().getErr());
            List<RunOverview> runs = services.store().listRuns(all ? RunStore.ALL : DEFAULT_LIMIT);
            if (json) {
                ArrayNode arr = JsonOut.MAPPER.createArrayNode();
                runs.forEach(o -> arr.add(JsonOut.run(o.run(), o.summary())));
                out.println(JsonOut.write(arr));
                return ExitCodes.OK;
            }
            if (runs.isEmpty()) {
                out.println("No runs yet. Start one with: cis dag execute FILE");
                return ExitCodes.OK;
            }
            boolean ansi = Fmt.ansi();
            int w = Fmt.columns(runs.stream().map(o -> o.run().dagName()), 3, 32);
            out.println(Fmt.pad("RUN", 8) + "  " + Fmt.pad("DAG", w) + "  " + Fmt.pad("STATUS", 10) + " "
                    + Fmt.pad("TASKS", 9) + " " + Fmt.pad("STARTED", 19) + "  DURATION");
            for (RunOverview o : runs) {
                var r = o.run();
                var s = o.summary();
                String tasks = s.completed() + "/" + s.total() + (s.failed() > 0 ? " " + s.failed() + "✘" : "");
                out.println(Fmt.pad(r.id(), 8) + "  " + Fmt.pad(Fmt.cut(r.dagName(), w), w) + "  "
                        + Fmt.paint(ansi, Fmt.colour(r.status()), Fmt.pad(r.status().wireName(), 10)) + " "
                        + Fmt.pad(tasks, 9) + " " + Fmt.pad(Fmt.time(r.startedAt() == null ? r.createdAt()
                        : r.startedAt()), 19) + "  " + Fmt.between(r.startedAt(), r.finishedAt()));
            }
            return ExitCodes.OK;
        } catch (StoreOpenException e) {
            spec.commandLine().getErr().println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
