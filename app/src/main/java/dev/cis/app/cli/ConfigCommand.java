package dev.cis.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cis config ...}: the settings of config.toml, the environment and flags. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = {"See and check cis's settings: $CIS_HOME/config.toml, overridden by environment variables "
                + "CIS_<SECTION>_<KEY> (e.g. CIS_MONITOR_SILENCE=5s), overridden by --set SECTION.KEY=VALUE.",
            "A running node reads a changed file at the start of each new run; 'cis config show' says which "
                + "settings need a restart of the node instead."},
        subcommands = {ConfigShowCommand.class, ConfigCheckCommand.class, ConfigPathCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  cis config show", "  cis config check", "  $EDITOR \"$(cis config path)\""})
public final class ConfigCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
