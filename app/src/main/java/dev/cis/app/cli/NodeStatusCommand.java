package dev.cis.app.cli;

import dev.cis.app.version.VersionProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.app.node.NodeFiles;
import dev.cis.core.config.CisHome;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.NodeInfo;
import dev.cis.core.node.socket.Hello;
import dev.cis.core.node.socket.SocketNodeClient;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
import dev.cis.core.store.StoreOpenException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cis node status}: whether the node runs, and what it is doing. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show whether the node of this CIS_HOME runs: pid, uptime, version, home, active runs, "
                + "live and blocked sessions.",
        footer = {
            "",
            "Exit codes: 0 the node runs, 1 no node runs (or it cannot be reached), so that scripts can write",
            "'cis node status -q || cis node start'.",
        })
public final class NodeStatusCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object: {\"running\", \"pid\", \"node_id\", \"version\", "
            + "\"protocol\", \"home\", \"socket\", \"log\", \"started_at\", \"uptime_secs\", \"active_runs\", "
            + "\"live_sessions\", \"blocked\"}; only running, home, socket, log, stopped_with_running (tasks or runs "
            + "the store shows running) and error when none runs.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing; only the exit code tells.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CisHome home = CisHome.resolve();
        NodeFiles files = new NodeFiles(home);
        NodeInfo info;
        Hello hello;
        try (SocketNodeClient client = SocketNodeClient.connect(files.socket(), "cis " + VersionProvider.version())) {
            info = client.info();
            hello = client.node();
        } catch (NodeException e) {
            if (!quiet) {
                printNotRunning(out, files, e);
            }
            return ExitCodes.FAILED;
        }
        if (json) {
            out.println(toJson(running(files, info, hello)));
        } else if (!quiet) {
            printRunning(out, files, info, hello);
        }
        return ExitCodes.OK;
    }

    private void printNotRunning(PrintWriter out, NodeFiles files, NodeException e) {
        boolean unavailable = e.kind() == NodeException.Kind.UNAVAILABLE;
        if (json) {
            ObjectNode o = base(files).put("running", false).put("stopped_with_running", runningInStore(files.home()));
            if (!unavailable) {
                o.put("error", e.getMessage());
            }
            out.println(toJson(o));
        } else if (unavailable) {
            out.println("no node is running for " + files.home() + " (start one with 'cis node start')");
            long running = runningInStore(files.home());
            if (running > 0) {
                out.println(running + " task(s) or run(s) were running when it stopped and run no more; "
                        + "'cis node start' (or 'cis dag status') recovers them");
            }
        } else {
            out.println("the node of " + files.home() + " cannot be used: " + e.getMessage());
        }
    }

    /** What the store shows running although no node runs (read without creating a database). */
    private static long runningInStore(CisHome home) {
        if (!Files.isRegularFile(home.database())) {
            return 0;
        }
        try (RunStore store = SqliteRunStore.open(home)) {
            return StoredRunsCheck.runningInStore(store);
        } catch (StoreOpenException e) {
            return 0;
        }
    }

    private static void printRunning(PrintWriter out, NodeFiles files, NodeInfo i, Hello hello) {
        out.println("node running");
        out.printf("  pid       %d%n", i.pid());
        out.printf("  node id   %s%n", i.nodeId());
        out.printf("  version   %s (protocol %d.%d)%n", i.version(), hello.major(), hello.minor());
        out.printf("  home      %s%n", i.home());
        out.printf("  socket    %s%n", files.socket());
        out.printf("  log       %s%n", files.log());
        out.printf("  started   %s (up %s)%n", i.startedAt(), uptime(i));
        out.printf("  runs      %d active%n", i.activeRuns());
        out.printf("  sessions  %d live, %d blocked%n", i.liveSessions(), i.blocked());
    }

    private static ObjectNode running(NodeFiles files, NodeInfo i, Hello hello) {
        ObjectNode o = base(files).put("running", true).put("pid", i.pid()).put("node_id", i.nodeId())
                .put("version", i.version()).put("protocol", hello.major() + "." + hello.minor())
                .put("started_at", i.startedAt().toString()).put("uptime_secs", uptimeSecs(i))
                .put("active_runs", i.activeRuns()).put("live_sessions", i.liveSessions()).put("blocked", i.blocked());
        return o;
    }

    private static ObjectNode base(NodeFiles files) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("running", false);
        o.put("home", files.home().root().toString());
        o.put("socket", files.socket().toString());
        o.put("log", files.log().toString());
        return o;
    }

    private static String toJson(ObjectNode o) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return o.toString();
        }
    }

    private static long uptimeSecs(NodeInfo i) {
        return Math.max(0, Duration.between(i.startedAt(), Instant.now()).toSeconds());
    }

    /** How long the node has been up, e.g. {@code 2h 03m 10s}. */
    static String uptime(NodeInfo i) {
        long s = uptimeSecs(i);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm %02ds", s / 60, s % 60);
        }
        return String.format("%dh %02dm %02ds", s / 3600, (s % 3600) / 60, s % 60);
    }
}
