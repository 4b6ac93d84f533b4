package dev.cis.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.app.services.AppServices;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.ConfigException;
import dev.cis.core.config.ConfigValue;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cis config show [--set KEY=VALUE]... [--json]}. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {"Print the effective value of every setting and where it came from: default, file "
                + "(FILE:LINE:COL), environment (CIS_<SECTION>_<KEY>) or flag (--set).",
            "AFTER says when a running node applies a change of the file: 'new run' (at the start of the next "
                + "run) or 'restart' (cis node stop && cis node start)."},
        footerHeading = "%nExamples:%n",
        footer = {"  cis config show", "  cis config show --describe", "  cis config show --json", "  CIS_MONITOR_SILENCE=5s cis config show",
            "  cis config show --set dag.max_workers=8"})
public final class ConfigShowCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigFlags flags = new ConfigFlags();

    @Option(names = "--json", description = "Print {\"file\", \"settings\": [{\"key\", \"value\", \"source\", "
            + "\"origin\", \"live\", \"description\"}], \"agents\", \"patterns\"}.")
    boolean json;

    @Option(names = {"-d", "--describe"}, description = "Print what each setting does above it.")
    boolean describe;

    public ConfigShowCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        CisConfig config;
        try {
            config = flags.load(services);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().println("cis: fix the errors above; 'cis config check' checks again");
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("cis: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOut.write(json(config)));
            return ExitCodes.OK;
        }
        out.println("# " + config.file());
        int w = config.values().keySet().stream().mapToInt(k -> k.path().length()).max().orElse(10);
        int vw = Math.max(5, config.values().values().stream().mapToInt(v -> v.formatted().length()).max().orElse(5));
        String row = "%-" + w + "s  %-" + vw + "s  %-7s  %s%n";
        out.printf(row, "KEY", "VALUE", "AFTER", "SOURCE");
        for (ConfigValue v : config.values().values()) {
            if (describe) {
                out.println("# " + v.key().description());
            }
            out.printf(row, v.key().path(), v.formatted(), v.key().live() ? "new run" : "restart",
                    v.source().wireName() + (v.origin().isEmpty() ? "" : " " + v.origin()));
        }
        config.agents().keySet().forEach(a -> out.println("agents." + a + "  (profile table; 'after': restart)"));
        config.patterns().forEach((agent, p) -> out.println("monitor.patterns." + agent + "  " + p.keySet()
                + "  (questions added to " + agent + "; 'after': restart)"));
        return ExitCodes.OK;
    }

    private static ObjectNode json(CisConfig config) {
        ObjectNode o = JsonOut.MAPPER.createObjectNode();
        o.put("file", config.file().toString());
        ArrayNode arr = o.putArray("settings");
        for (ConfigValue v : config.values().values()) {
            ObjectNode n = arr.addObject();
            n.put("key", v.key().path());
            Object value = v.value();
            if (value == null) {
                n.putNull("value");
            } else if (value instanceof Long l) {
                n.put("value", l);
            } else if (value instanceof Boolean b) {
                n.put("value", b);
            } else if (value instanceof Duration) {
                n.put("value", v.formatted().replace("\"", ""));
            } else {
                n.put("value", String.valueOf(value));
            }
            n.put("source", v.source().wireName());
            n.put("origin", v.origin());
            n.put("live", v.key().live());
            n.put("description", v.key().description());
        }
        o.putPOJO("agents", config.agents().keySet());
        o.putPOJO("patterns", config.patterns());
        return o;
    }
}
