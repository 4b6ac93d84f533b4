package dev.cis.app.cli;

import dev.cis.app.gui.DesktopGui;
import dev.cis.app.gui.GuiServices;
import dev.cis.app.gui.HeadlessSnapshot;
import dev.cis.app.gui.SnapshotRequest;
import dev.cis.app.gui.WindowSize;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.TaskSpec;
import dev.cis.ui.main.DagOpenException;
import dev.cis.ui.theme.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis gui}: the desktop dashboard, or a headless picture of it. */
@Command(
        name = "gui",
        mixinStandardHelpOptions = true,
        description = {
            "Opens the desktop dashboard: runs, the live DAG graph, the task inspector and terminals.",
            "With FILE, checks the DAG file and runs it (errors are printed as FILE:LINE:COL, nothing runs).",
            "With --snapshot, renders the window without a display and writes it as a PNG; with a DAG file the",
            "DAG runs in a node of its own on a temporary CIS_HOME, so the picture shows a run in progress.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  cis gui                      open the dashboard",
            "  cis gui flow.toml            open it and run flow.toml",
            "  cis gui --snapshot shot.png --open flow.toml --after 6 --select build --theme dark",
        })
public final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A DAG file to check and run.")
    Path file;

    @Option(names = "--snapshot", paramLabel = "OUT.png",
            description = "Render the window headless into this PNG file and exit.")
    Path snapshot;

    @Option(names = "--open", paramLabel = "DAG", description = "The DAG file to run (same as FILE).")
    Path open;

    @Option(names = "--select", paramLabel = "TASK",
            description = "Select this task of the run (with --snapshot, its terminal is opened too).")
    String select;

    @Option(names = "--after", paramLabel = "SECONDS", defaultValue = "0",
            description = "With --snapshot: let the run go on this long before the picture (default: ${DEFAULT-VALUE}).")
    double after;

    @Option(names = "--theme", paramLabel = "light|dark", description = "The theme (default: the remembered one; "
            + "light for snapshots).")
    String theme;

    @Option(names = "--size", paramLabel = "WIDTHxHEIGHT", defaultValue = "1400x900",
            description = "With --snapshot: the window size (default: ${DEFAULT-VALUE}).")
    String size;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final GuiServices services;

    public GuiCommand() {
        this(GuiServices.fromEnvironment());
    }

    public GuiCommand(GuiServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<Theme> chosenTheme = parseTheme();
            Path dagFile = dagFile();
            Dag dag = dagFile == null ? null : openDag(dagFile);
            checkSelect(dag);
            if (snapshot != null) {
                WindowSize ws = WindowSize.parse(size);
                new HeadlessSnapshot(services).take(new SnapshotRequest(snapshot, Optional.ofNullable(dagFile),
                        Optional.ofNullable(select), Math.max(0, after), chosenTheme.orElse(Theme.LIGHT), ws.width(),
                        ws.height()), dag);
                spec.commandLine().getOut().println("wrote " + snapshot);
                return ExitCodes.OK;
            }
            if (!hasDisplay()) {
                err.println("cis gui: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); "
                        + "use --snapshot OUT.png to render the window without one");
                return ExitCodes.FAILED;
            }
            new DesktopGui(services).run(Optional.ofNullable(dagFile), Optional.ofNullable(select), chosenTheme);
            return ExitCodes.OK;
        } catch (UsageError | DagOpenException | IllegalArgumentException e) {
            err.println("cis gui: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("cis gui: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private Optional<Theme> parseTheme() throws UsageError {
        if (theme == null) {
            return Optional.empty();
        }
        return Optional.of(Theme.fromId(theme).orElseThrow(
                () -> new UsageError("unknown theme '" + theme + "'; use light or dark")));
    }

    private Path dagFile() throws UsageError {
        if (file != null && open != null && !file.equals(open)) {
            throw new UsageError("give the DAG file once, as FILE or with --open, not both");
        }
        if (snapshot == null && (after > 0 || !"1400x900".equals(size))) {
            throw new UsageError("--after and --size only apply with --snapshot");
        }
        return file != null ? file : open;
    }

    private Dag openDag(Path path) throws DagOpenException, UsageError {
        if (services.dagOpener().isEmpty()) {
            throw new UsageError("cannot open " + path + ": this build of cis has no DAG file reader");
        }
        return services.dagOpener().get().open(path);
    }

    private void checkSelect(Dag dag) throws UsageError {
        if (select == null) {
            return;
        }
        if (dag == null) {
            throw new UsageError("--select needs a DAG file (FILE or --open)");
        }
        if (dag.task(select).isEmpty()) {
            String known = dag.tasks().stream().limit(10).map(TaskSpec::id).collect(Collectors.joining(", "));
            throw new UsageError("no task '" + select + "' in " + dag.name() + "; its tasks include: " + known);
        }
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** A wrong combination of options or values. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }
}
