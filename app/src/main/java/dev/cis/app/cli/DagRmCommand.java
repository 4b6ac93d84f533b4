package dev.cis.app.cli;

import dev.cis.app.services.AppServices;
import dev.cis.core.store.RunLookupException;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.StoreOpenException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag rm RUN... [--dry-run] [--json]}. */
@Command(
        name = "rm",
        mixinStandardHelpOptions = true,
        description = {"Delete finished runs with their attempts, events, outputs, recordings and work folders, "
                + "and say how much that freed.",
            "A run that is still active is refused: cancel it first with 'cis dag cancel RUN'. When one id is "
                + "unknown or active, nothing is deleted."},
        footerHeading = "%nExamples:%n",
        footer = {"  cis dag rm k3f9", "  cis dag rm k3f9 m2x7 --dry-run", "  cis dag rm k3f9 --json"})
public final class DagRmCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RUN", arity = "1..*", description = "Run ids or unique prefixes.")
    List<String> runs;

    @Option(names = "--dry-run", description = "List what would be deleted; delete nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print {\"dry_run\", \"count\", \"bytes\", \"runs\": [...]}.")
    boolean json;

    public DagRmCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            RunStore store = services.store();
            List<RunRecord> chosen = new ArrayList<>();
            for (String id : new LinkedHashSet<>(resolve(store))) {
                chosen.add(store.findRun(id).orElseThrow());
            }
            return new RunRemover(services).removeAndReport(chosen, dryRun, json, spec.commandLine().getOut(), err);
        } catch (RunLookupException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreOpenException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private List<String> resolve(RunStore store) throws RunLookupException {
        List<String> ids = new ArrayList<>();
        for (String r : runs) {
            ids.add(store.resolveRunId(r));
        }
        return ids;
    }
}
