package dev.cis.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.ConfigException;
import dev.cis.core.dag.BuiltinAgents;
import dev.cis.core.dag.DagDefaults;
import dev.cis.core.dag.DagLoader;
import dev.cis.core.dag.Diagnostic;
import dev.cis.core.dag.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag validate FILE...}: checks DAG files and reports every problem as {@code FILE:LINE:COL}. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check DAG files (TOML or JSON) without running them.",
            "Every problem is printed as FILE:LINE:COL: error|warning: message, then one summary line per file.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  cis dag validate flow.toml",
            "  cis dag validate --json *.toml *.json",
            "",
            "Exit codes: 0 no errors (warnings are fine), 2 a file has errors or cannot be read.",
        })
public final class DagValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DAG files to check (.toml or .json).")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON document: {\"files\": [{\"file\", \"ok\", \"tasks\", "
            + "\"diagnostics\": [{\"severity\", \"line\", \"column\", \"message\"}]}]}; tasks counts the file's "
            + "tasks also when it has errors.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors: no warnings, no summary lines.")
    boolean quiet;

    @Option(names = "--agents-from-config", description = "Also accept the agents defined in "
            + "$CIS_HOME/config.toml ([agents.NAME]) and use its [dag] defaults. Without it, only the built-in "
            + "agents are known: " + "shell, claude, codex, aider, opencode, gemini, kimi, fake-agent.")
    boolean agentsFromConfig;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> agents = BuiltinAgents.NAMES;
        DagDefaults defaults = DagDefaults.standard();
        if (agentsFromConfig) {
            try {
                CisConfig config = CisConfig.load(configFile());
                config.warnings().forEach(w -> err.println(w.format()));
                agents = config.knownAgents();
                defaults = config.dagDefaults();
            } catch (ConfigException e) {
                err.println(e.getMessage());
                err.println("cis: the config file has errors; fix them or leave out --agents-from-config");
                return ExitCodes.USAGE;
            }
        }
        DagLoader loader = new DagLoader(agents, defaults);
        List<LoadResult> results = files.stream().map(loader::load).toList();
        if (json) {
            printJson(out, results);
        } else {
            results.forEach(r -> printText(out, r));
        }
        out.flush();
        return results.stream().allMatch(LoadResult::ok) ? ExitCodes.OK : ExitCodes.USAGE;
    }

    private void printText(PrintWriter out, LoadResult r) {
        for (Diagnostic d : r.diagnostics()) {
            if (!quiet || d.isError()) {
                out.println(d.format());
            }
        }
        if (quiet) {
            return;
        }
        int errors = r.errors().size();
        int warnings = r.warnings().size();
        if (r.ok()) {
            String w = warnings == 0 ? "" : ", " + Fmt.plural(warnings, "warning");
            out.println(r.file() + ": ok (" + Fmt.plural(r.taskCount(), "task") + w + ")");
        } else {
            String w = warnings == 0 ? "" : ", " + Fmt.plural(warnings, "warning");
            out.println(r.file() + ": " + Fmt.plural(errors, "error") + w);
        }
    }

    private static void printJson(PrintWriter out, List<LoadResult> results) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (LoadResult r : results) {
            ObjectNode f = files.addObject();
            f.put("file", r.file().toString());
            f.put("ok", r.ok());
            f.put("tasks", r.taskCount());
            ArrayNode diags = f.putArray("diagnostics");
            for (Diagnostic d : r.diagnostics()) {
                diags.addObject()
                        .put("severity", d.severity().label())
                        .put("line", d.line())
                        .put("column", d.column())
                        .put("message", d.message());
            }
        }
        out.println(root.toPrettyString());
    }

    /** {@code $CIS_HOME/config.toml}; CIS_HOME defaults to {@code ~/.cis}. */
    private static Path configFile() {
        String home = System.getenv("CIS_HOME");
        Path dir = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".cis");
        return dir.resolve("config.toml");
    }
}
