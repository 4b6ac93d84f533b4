package dev.cis.core.node.socket;

import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.monitor.BlockedSessions;
import dev.cis.core.engine.Engine;
import dev.cis.core.engine.LocalNode;
import dev.cis.core.node.NodeException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real engine in a temporary CIS_HOME, served on its socket in this JVM, and the clients of a test. */
final class InProcessNode implements AutoCloseable {

    final CisHome home;
    final Engine engine;
    final NodeServer server;
    private final List<SocketNodeClient> clients = new CopyOnWriteArrayList<>();

    private InProcessNode(CisHome home, Engine engine, NodeServer server) {
        this.home = home;
        this.engine = engine;
        this.server = server;
    }

    static InProcessNode start(Path dir, Duration stallTimeout) throws Exception {
        CisHome home = CisHome.at(dir);
        Engine engine = Engine.open(home, CisConfig.defaults(home.configFile()), "test-node", Clock.systemUTC());
        try {
            LocalNode local = new LocalNode(engine, "test", BlockedSessions.NONE, () -> { });
            return new InProcessNode(home, engine, NodeServer.start(local, home.nodeSocket(), "cis test",
                    stallTimeout));
        } catch (Exception e) {
            engine.close();
            throw e;
        }
    }

    Path socket() {
        return home.nodeSocket();
    }

    SocketNodeClient client() throws NodeException {
        SocketNodeClient c = SocketNodeClient.connect(socket(), "cis test-client");
        clients.add(c);
        return c;
    }

    /** A DAG file's text whose tasks are the given shell commands, each depending on the one before. */
    static String chain(String name, String... commands) {
        StringBuilder sb = new StringBuilder("[dag]\nname = \"" + name + "\"\n");
        for (int i = 0; i < commands.length; i++) {
            sb.append("\n[[dag.tasks]]\nid = \"t").append(i + 1).append("\"\nagent = \"shell\"\ncommand = '''")
                    .append(commands[i]).append("'''\n");
            if (i > 0) {
                sb.append("deps = [\"t").append(i).append("\"]\n");
            }
        }
        return sb.toString();
    }

    @Override
    public void close() {
        clients.forEach(SocketNodeClient::close);
        server.close();
        engine.close();
    }
}
