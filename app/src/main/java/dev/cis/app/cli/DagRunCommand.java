package dev.cis.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.app.services.AppServices;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.SubmitResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag run FILE}: creates a run in the node and prints its id. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Validate a DAG file, create a run of it in the node and print the run id. The node runs it "
                + "in the background (started when none runs); follow it with 'cis dag execute --run-id ID', "
                + "'cis dag status ID' or the GUI.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  id=$(cis dag run flow.toml) && cis dag status \"$id\"",
            "  cis dag run --no-start flow.toml     create it now, execute it later",
        })
public final class DagRunCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The DAG file (.toml or .json).")
    Path file;

    @Option(names = "--no-start", description = "Only create the run (status created); start it with "
            + "'cis dag execute --run-id ID'.")
    boolean noStart;

    @Option(names = "--json", description = "Print {\"run_id\", \"dag\", \"tasks\", \"started\"}.")
    boolean json;

    public DagRunCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("cis: cannot read " + file + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (NodeApi node = services.node(true)) {
            SubmitResult r = node.submit(file, text, !noStart);
            r.diagnostics().forEach(d -> err.println(d.format()));
            if (!r.ok()) {
                err.println("cis: " + file + " has errors; no run was created");
                return ExitCodes.USAGE;
            }
            if (json) {
                ObjectNode n = JsonOut.MAPPER.createObjectNode();
                n.put("run_id", r.runId());
                n.put("dag", r.dagName());
                n.put("tasks", r.taskCount());
                n.put("started", !noStart);
                out.println(JsonOut.write(n));
            } else {
                out.println(r.runId());
            }
            return ExitCodes.OK;
        } catch (NodeException e) {
            return NodeErrors.report(err, e);
        }
    }
}
