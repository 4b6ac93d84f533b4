package dev.cis.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.app.services.AppServices;
import dev.cis.core.cleanup.RemovedRun;
import dev.cis.core.cleanup.RunRemoval;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.StoreOpenException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * What {@code dag rm} and {@code dag prune} share: deleting chosen runs through the node when one runs (it
 * refuses runs it executes and drops what it holds of them), else directly on the store, and the report.
 */
final class RunRemover {

    private final AppServices services;

    RunRemover(AppServices services) {
        this.services = services;
    }

    /** Deletes {@code runs} (or, with {@code dryRun}, measures them) and prints what was freed. */
    int removeAndReport(List<RunRecord> runs, boolean dryRun, boolean json, PrintWriter out, PrintWriter err)
            throws StoreOpenException {
        for (RunRecord r : runs) {
            if (r.isActive()) {
                err.println("cis: " + RunRemoval.activeMessage(r));
                return ExitCodes.USAGE;
            }
        }
        List<RemovedRun> done;
        if (dryRun || runs.isEmpty()) {
            RunRemoval removal = new RunRemoval(services.store(), services.home());
            done = runs.stream().map(removal::measure).toList();
        } else {
            try {
                done = remove(runs);
            } catch (NodeException e) {
                return NodeErrors.report(err, e);
            }
        }
        print(done, dryRun, json, out);
        return ExitCodes.OK;
    }

    private List<RemovedRun> remove(List<RunRecord> runs) throws NodeException, StoreOpenException {
        NodeApi node;
        try {
            node = services.node(false);
        } catch (NodeException e) {
            if (e.kind() != NodeException.Kind.UNAVAILABLE) {
                throw e;
            }
            RunRemoval removal = new RunRemoval(services.store(), services.home());
            return runs.stream().map(removal::remove).toList();
        }
        try (node) {
            return node.remove(runs.stream().map(RunRecord::id).toList());
        }
    }

    private static void print(List<RemovedRun> done, boolean dryRun, boolean json, PrintWriter out) {
        long bytes = done.stream().mapToLong(RemovedRun::bytes).sum();
        if (json) {
            ObjectNode o = JsonOut.MAPPER.createObjectNode();
            o.put("dry_run", dryRun);
            o.put("count", done.size());
            o.put("bytes", bytes);
            ArrayNode arr = o.putArray("runs");
            for (RemovedRun r : done) {
                arr.addObject().put("run_id", r.runId()).put("dag", r.dag()).put("status", r.status())
                        .put("created_at", r.createdAt().toString()).put("database_bytes", r.databaseBytes())
                        .put("file_bytes", r.fileBytes()).put("files", r.files()).put("bytes", r.bytes());
            }
            out.println(JsonOut.write(o));
            return;
        }
        String verb = dryRun ? "would delete" : "deleted";
        for (RemovedRun r : done) {
            out.printf("%s %s  %s  %s  %s  %s%n", verb, r.runId(), r.dag(), r.status(), Fmt.time(r.createdAt()),
                    size(r.bytes()));
        }
        String count = done.size() + (done.size() == 1 ? " run" : " runs");
        out.println((dryRun ? "would delete " : "deleted ") + count + (dryRun ? ", freeing " : ", freed ")
                + size(bytes) + " (database " + size(done.stream().mapToLong(RemovedRun::databaseBytes)
                .sum()) + ", files " + size(done.stream().mapToLong(RemovedRun::fileBytes).sum()) + ")");
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double v = bytes;
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        int i = -1;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[i]);
    }
}
