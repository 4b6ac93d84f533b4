package dev.cis.app.cli;

import dev.cis.app.services.AppServices;
import dev.cis.core.cleanup.PruneRule;
import dev.cis.core.store.RunOverview;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.StoreOpenException;
import dev.cis.core.text.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cis dag prune --older-than AGE [--keep N] [--dry-run] [--json]}. */
@Command(
        name = "prune",
        mixinStandardHelpOptions = true,
        description = {"Delete finished runs that ended more than AGE ago, with their attempts, events, outputs, "
                + "recordings and work folders, and say how much that freed.",
            "The newest N runs stay whatever their age (--keep); active runs are never deleted."},
        footerHeading = "%nExamples:%n",
        footer = {"  cis dag prune --older-than 30d", "  cis dag prune --older-than 7d --keep 50 --dry-run",
            "  cis dag prune --keep 100 --json   keep the 100 newest, delete older finished runs"})
public final class DagPruneCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--older-than", paramLabel = "AGE", description = "Runs that ended more than AGE ago: "
            + Durations.FORM + ".")
    String olderThan;

    @Option(names = "--keep", paramLabel = "N", description = "Keep the newest N runs regardless of age.")
    Integer keep;

    @Option(names = "--dry-run", description = "List what would be deleted; delete nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print {\"dry_run\", \"count\", \"bytes\", \"runs\": [...]}.")
    boolean json;

    public DagPruneCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (olderThan == null && keep == null) {
            err.println("cis: say which runs to delete: --older-than AGE (e.g. 30d), --keep N, or both");
            return ExitCodes.USAGE;
        }
        Duration age = Duration.ZERO;
        if (olderThan != null) {
            var parsed = Durations.parse(olderThan);
            if (parsed.isEmpty()) {
                err.println("cis: --older-than '" + olderThan + "' is not an age; give " + Durations.FORM);
                return ExitCodes.USAGE;
            }
            age = parsed.get();
        }
        if (keep != null && keep < 0) {
            err.println("cis: --keep must be 0 or more, found " + keep);
            return ExitCodes.USAGE;
        }
        try {
            RunStore store = services.store();
            List<RunRecord> all = store.listRuns(RunStore.ALL).stream().map(RunOverview::run).toList();
            List<RunRecord> chosen = new PruneRule(age, keep == null ? 0 : keep).select(all, Instant.now());
            return new RunRemover(services).removeAndReport(chosen, dryRun, json, spec.commandLine().getOut(), err);
        } catch (StoreOpenException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
