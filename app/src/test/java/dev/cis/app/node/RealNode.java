package dev.cis.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.app.Await;
import dev.cis.app.CliRunner;
import dev.cis.core.config.CisHome;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.node.socket.SocketNodeClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Nodes started through the real {@code ./cis} launcher in a temporary CIS_HOME, and clients of them in this JVM.
 * {@link #close()} stops every node it saw, killing those that do not stop, also when a test failed.
 */
final class RealNode implements AutoCloseable {

    final CisHome home;
    final NodeFiles files;
    final CliRunner cis;
    private final Set<Long> pids = ConcurrentHashMap.newKeySet();
    private final List<SocketNodeClient> clients = new CopyOnWriteArrayList<>();

    RealNode(Path home) {
        this.home = CisHome.at(home);
        this.files = new NodeFiles(this.home);
        this.cis = CliRunner.create().withCisHome(home).inDir(home).withTimeout(Duration.ofSeconds(90));
    }

    /** {@code cis node start}; fails the test unless it exits 0. Returns its output. */
    CliRunner.Result start() throws IOException, InterruptedException {
        CliRunner.Result r = cis.run("node", "start");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        files.readPid().ifPresent(pids::add);
        return r;
    }

    long pid() {
        long pid = files.readPid().orElseThrow();
        pids.add(pid);
        return pid;
    }

    SocketNodeClient client() throws NodeException {
        SocketNodeClient c = SocketNodeClient.connect(files.socket(), "cis test");
        clients.add(c);
        return c;
    }

    SessionInfo awaitSession(SocketNodeClient client, String runId) {
        SessionInfo[] found = new SessionInfo[1];
        await("a live session of run " + runId, Duration.ofSeconds(30), () -> {
            try {
                List<SessionInfo> live = client.sessions(runId);
                found[0] = live.isEmpty() ? null : live.get(0);
                return found[0] != null;
            } catch (NodeException e) {
                throw new AssertionError(e);
            }
        });
        return found[0];
    }

    /** A connector that starts nodes with this test JVM's Java and the built app's class path. */
    static NodeConnector connector() {
        JavaCommand java = new JavaCommand(Path.of(System.getProperty("java.home"), "bin", "java"),
                JavaCommand.classPathOf(Path.of(System.getProperty("cis.app.classes")),
                        Path.of(System.getProperty("cis.app.lib"))), List.of());
        return new NodeConnector(new NodeLauncher(java, Duration.ofSeconds(60)));
    }

    /** Polls {@code condition} until it holds; fails after {@code timeout}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Await.until(what, timeout, condition::getAsBoolean);
    }

    /** A DAG file's text whose tasks are the given shell commands, each depending on the one before. */
    static String chain(String name, String taskKeys, String... commands) {
        StringBuilder sb = new StringBuilder("[dag]\nname = \"" + name + "\"\n");
        for (int i = 0; i < commands.length; i++) {
            sb.append("\n[[dag.tasks]]\nid = \"t").append(i + 1).append("\"\nagent = \"shell\"\ncommand = '''")
                    .append(commands[i]).append("'''\n").append(taskKeys);
            if (i > 0) {
                sb.append("deps = [\"t").append(i).append("\"]\n");
            }
        }
        return sb.toString();
    }

    private static boolean isNode(ProcessHandle p) {
        return p.info().commandLine().map(c -> c.contains(NodeMain.class.getName())).orElse(false);
    }

    @Override
    public void close() throws Exception {
        clients.forEach(SocketNodeClient::close);
        files.readPid().ifPresent(pids::add);
        try {
            cis.withTimeout(Duration.ofSeconds(60)).run("node", "stop", "--timeout", "20");
        } finally {
            for (long pid : pids) {
                ProcessHandle.of(pid).filter(RealNode::isNode).ifPresent(p -> {
                    p.destroyForcibly();
                    p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> p).join();
                });
            }
        }
    }
}
