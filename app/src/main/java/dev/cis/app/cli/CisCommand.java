package dev.cis.app.cli;

import dev.cis.app.version.VersionProvider;
import dev.cis.app.services.AppServices;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code cis} command. */
@Command(
        name = "cis",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs a DAG of AI-agent sessions, each in its own pseudo-terminal.",
            "",
            "A DAG file (TOML or JSON) lists tasks; each task is an agent CLI (claude, codex, aider, "
                + "opencode, gemini, kimi) or a shell command. cis starts tasks as their dependencies finish, "
                + "hands each task the outputs of the tasks it depends on, and keeps every run in SQLite.",
        },
        subcommands = {
            DagCommand.class,
            ConfigCommand.class,
            GuiCommand.class,
            NodeCommand.class,
            CommandLine.HelpCommand.class,
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  cis dag validate flow.toml        check a DAG file, errors as FILE:LINE:COL",
            "  cis dag --help                    every command that works on DAGs and runs",
            "  cis config show                   every setting and where its value came from",
            "",
            "Exit codes: 0 ok, 1 the work failed (e.g. a run failed), 2 usage or input error.",
            "Environment: CIS_HOME (default ~/.cis) holds the database, recordings",
            "and config.toml.",
        })
public final class CisCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Parses and runs {@code args}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try (AppServices services = AppServices.fromEnvironment()) {
            return run(args, out, err, services);
        }
    }

    /** Parses and runs {@code args} with the given services; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, AppServices services) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                try {
                    return cls.getDeclaredConstructor(AppServices.class).newInstance(services);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(cls);
                }
            }
        };
        CommandLine cl = new CommandLine(new CisCommand(), factory);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExitCodeExceptionMapper(ex -> ExitCodes.USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("cis: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("cis: internal error: " + ex);
            ex.printStackTrace(c.getErr());
            return ExitCodes.FAILED;
        });
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }
}
