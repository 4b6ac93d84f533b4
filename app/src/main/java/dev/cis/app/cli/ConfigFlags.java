package dev.cis.app.cli;

import dev.cis.app.services.AppServices;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --set SECTION.KEY=VALUE} option of the config commands, and loading the config with it. */
final class ConfigFlags {

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting for this command, e.g. "
            + "--set monitor.silence=5s (repeatable).")
    List<String> sets = List.of();

    /** The config of {@code services}'s home with the environment and these flags; usage errors as exceptions. */
    CisConfig load(AppServices services) throws ConfigException, IllegalArgumentException {
        Map<String, String> flags = new LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set '" + s + "' is not KEY=VALUE; e.g. --set monitor.silence=5s");
            }
            flags.put(s.substring(0, eq).strip(), s.substring(eq + 1));
        }
        return CisConfig.load(services.home().configFile(), System.getenv(), flags);
    }
}
