package dev.cis.app.cli;

import dev.cis.app.services.AppServices;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cis config path}. */
@Command(
        name = "path",
        mixinStandardHelpOptions = true,
        description = "Print the path of config.toml ($CIS_HOME/config.toml), whether or not it exists.",
        footerHeading = "%nExamples:%n",
        footer = {"  cis config path", "  $EDITOR \"$(cis config path)\""})
public final class ConfigPathCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public ConfigPathCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(services.home().configFile());
        return ExitCodes.OK;
    }
}
