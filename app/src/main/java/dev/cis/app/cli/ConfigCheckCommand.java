package dev.cis.app.cli;

import dev.cis.app.services.AppServices;
import dev.cis.core.agent.AgentConfigException;
import dev.cis.core.agent.AgentProfiles;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.ConfigException;
import dev.cis.core.config.ConfigSource;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cis config check [--set KEY=VALUE]...}. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {"Check config.toml, the CIS_<SECTION>_<KEY> environment variables and --set flags: unknown "
                + "keys, wrong types, values out of range and agent profiles that do not resolve, each as "
                + "FILE:LINE:COL: error: ...", "Exit code 0 when all is well, 2 when something is wrong."},
        footerHeading = "%nExamples:%n",
        footer = {"  cis config check", "  cis config check --set monitor.silence=5s"})
public final class ConfigCheckCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigFlags flags = new ConfigFlags();

    public ConfigCheckCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        CisConfig config;
        try {
            config = flags.load(services);
            AgentProfiles.fromConfig(config.profileTables());
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        } catch (AgentConfigException e) {
            err.println(services.home().configFile() + ": error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        long fromFile = config.values().values().stream().filter(v -> v.source() == ConfigSource.FILE).count();
        String what = Files.exists(config.file()) ? fromFile + " of " + config.values().size() + " settings set"
                + (config.agents().isEmpty() ? "" : ", " + config.agents().size() + " agent profile(s)")
                : "no file, every setting has its default";
        spec.commandLine().getOut().println(config.file() + ": ok (" + what + ")");
        return ExitCodes.OK;
    }
}
