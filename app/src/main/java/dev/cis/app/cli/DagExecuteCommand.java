package dev.cis.app.cli;

import dev.cis.app.node.NodeConnection;
import dev.cis.app.services.AppServices;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.ConfigException;
import dev.cis.core.dag.DagLoader;
import dev.cis.core.dag.Diagnostic;
import dev.cis.core.dag.LoadResult;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.RunFinished;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.SubmitResult;
import dev.cis.core.model.RunStatus;
import dev.cis.core.store.RunLookupException;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.StoreOpenException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag execute FILE | --run-id ID}: runs a DAG and shows its progress until it ends. */
@Command(
        name = "execute",
        mixinStandardHelpOptions = true,
        description = {
            "Run a DAG file (or a created run) in the node and show each task's status, attempt and time "
                    + "until the run ends. The node is started when none runs.",
            "Ctrl+C detaches: the run goes on in the node (see 'cis dag status', 'cis dag cancel').",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  cis dag execute resources/examples/demo.toml",
            "  cis dag execute --run-id k3f9a2b1",
            "",
            "Exit codes: 0 the run completed, 1 it failed or was cancelled, 2 the file has errors or the run is unknown.",
        })
public final class DagExecuteCommand implements Callable<Integer> {

    /** How long the run's last events may take to arrive once the database says it ended. */
    private static final long LAST_EVENTS_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The DAG file (.toml or .json) to run.")
    Path file;

    @Option(names = "--run-id", paramLabel = "ID", description = "Execute a run created with 'cis dag run --no-start' "
            + "or resume one (id or unique prefix).")
    String runId;

    @Option(names = "--plain", description = "One line per change instead of the live table (the default when "
            + "output is not a terminal).")
    boolean plain;

    public DagExecuteCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((file == null) == (runId == null)) {
            err.println("cis: give a DAG FILE or --run-id ID (not both)");
            err.println("Try 'cis dag execute --help' for more information.");
            return ExitCodes.USAGE;
        }
        String text = null;
        if (file != null) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("cis: cannot read " + file + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        if (file != null && !validLocally(out, err, text)) {
            err.println("cis: " + file + " has errors; nothing was run");
            return ExitCodes.USAGE;
        }
        BlockingQueue<CisEvent> events = new LinkedBlockingQueue<>();
        AtomicReference<Consumer<String>> say = new AtomicReference<>(line -> {
            err.println(line);
            err.flush();
        });
        try (NodeConnection connection = services.connection(line -> say.get().accept(line)).connect(true)) {
            connection.subscribe(events::add);
            NodeApi node = connection.api();
            String id;
            if (file != null) {
                SubmitResult r = node.submit(file, text, true);
                if (!r.ok()) {
                    printDiagnostics(out, err, r.diagnostics());
                    err.println("cis: " + file + " has errors; nothing was run");
                    return ExitCodes.USAGE;
                }
                id = r.runId();
            } else {
                id = services.store().resolveRunId(runId);
                node.start(id);
            }
            return follow(out, services.store(), id, events, connection, say);
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

    private int follow(PrintWriter out, RunStore store, String id, BlockingQueue<CisEvent> events,
            NodeConnection connection, AtomicReference<Consumer<String>> say) throws InterruptedException, NodeException {
        RunRecord run = store.findRun(id).orElseThrow();
        out.println(header(id, run.dagName(), store.tasks(id).size()));
        out.flush();
        ProgressView view = new ProgressView(out, !plain && Fmt.ansi(), id, store.tasks(id));
        say.set(view::message);
        Thread hook = new Thread(() -> {
            out.println();
            out.println("detached; run " + id + " goes on in the node. Stop it with: cis dag cancel " + id);
            out.flush();
        }, "cis-execute-detach");
        Runtime.getRuntime().addShutdownHook(hook);
        RunStatus end;
        try {
            end = awaitEnd(store, id, events, connection, view);
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        RunRecord done = store.findRun(id).orElseThrow();
        var s = store.summary(id);
        out.printf("run %s %s in %s: %d completed, %d failed, %d skipped, %d cancelled%s%n", id, end.wireName(),
                Fmt.duration(s.duration()), s.completed(), s.failed(), s.skipped(), s.cancelled(),
                done.reason() == null ? "" : " (" + done.reason() + ")");
        if (end != RunStatus.COMPLETED) {
            out.printf("see why: cis dag status %s -v; rerun what failed: cis dag retry %s%n", id, id);
        }
        out.flush();
        return end == RunStatus.COMPLETED ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Follows the run's events until it ends; when the node goes away, starts it again and goes on. */
    private static RunStatus awaitEnd(RunStore store, String id, BlockingQueue<CisEvent> events,
            NodeConnection connection, ProgressView view) throws InterruptedException, NodeException {
        long nextStoreCheck = 0;
        RunStatus end = null;
        RunStatus storeEnd = null;
        long storeEndSeen = 0;
        view.draw();
        while (end == null) {
            CisEvent e = events.poll(250, TimeUnit.MILLISECONDS);
            while (e != null) {
                if (id.equals(e.runId())) {
                    view.apply(e);
                    if (e instanceof RunFinished f) {
                        end = f.status();
                    }
                }
                e = events.poll();
            }
            if (end == null && storeEnd == null && connection.lost()) {
                connection.reconnect("run " + id);
                view.reload(store.tasks(id));
                nextStoreCheck = 0;
            }
            view.draw();
            long now = System.nanoTime();
            if (end == null && storeEnd == null && now > nextStoreCheck) {
                RunStatus s = store.findRun(id).orElseThrow().status();
                if (s.isTerminal()) {
                    // the run's last events are still on their way: show them before the summary
                    storeEnd = s;
                    storeEndSeen = now;
                }
                nextStoreCheck = now + TimeUnit.SECONDS.toNanos(2);
            }
            if (end == null && storeEnd != null && now - storeEndSeen > LAST_EVENTS_GRACE_NANOS) {
                end = storeEnd;
            }
        }
        return end;
    }

    /**
     * Checks the file here, before any node is started or asked, with the agents and defaults of the config
     * file (as the node does); prints its warnings and errors. True when it has no error, or when the config
     * file is broken (then the node reports that).
     */
    private boolean validLocally(PrintWriter out, PrintWriter err, String text) {
        CisConfig config;
        try {
            config = services.config();
        } catch (ConfigException e) {
            return true;
        }
        Path abs = file.toAbsolutePath();
        LoadResult r = new DagLoader(config.knownAgents(), config.dagDefaults()).parse(text, file, abs.getParent());
        printDiagnostics(out, err, r.diagnostics());
        return r.ok();
    }

    /** {@code run k3f9  demo  (1 task)   details: cis dag status k3f9}. */
    static String header(String id, String dagName, int tasks) {
        return "run " + id + "  " + dagName + "  (" + Fmt.plural(tasks, "task") + ")   details: cis dag status " + id;
    }

    static void printDiagnostics(PrintWriter out, PrintWriter err, java.util.List<Diagnostic> ds) {
        ds.forEach(d -> (d.isError() ? err : out).println(d.format()));
    }
}
