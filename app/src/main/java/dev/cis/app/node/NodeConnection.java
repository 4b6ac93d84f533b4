package dev.cis.app.node;

import dev.cis.core.config.CisHome;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.Subscription;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.socket.SocketNodeClient;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A command's connection to the node that notices when the node went away and reconnects: the one place of the
 * client side where a lost node is told and handled. {@link #reconnect(String)} says so in one line, starts the
 * node again (its recovery ends the attempts that died with the old one and retries or fails them), connects,
 * subscribes again and says what it follows; when no node answers within {@link #RECONNECT_LIMIT} it gives up
 * with an error naming the node log. Used by {@code dag execute}, {@code dag logs -f} and {@code dag attach}.
 */
public final class NodeConnection implements AutoCloseable {

    /** How long a reconnect may take before the command gives up. */
    public static final Duration RECONNECT_LIMIT = Duration.ofSeconds(30);

    private static final long RETRY_NANOS = 500_000_000;

    private final NodeFiles files;
    private final JavaCommand java;
    private final Duration limit;
    private final Consumer<String> say;
    private SocketNodeClient client;
    private long pid = -1;
    private Consumer<CisEvent> consumer;
    private Subscription subscription;

    /**
     * @param say prints one line to the person running the command
     */
    public NodeConnection(CisHome home, JavaCommand java, Duration limit, Consumer<String> say) {
        this.files = new NodeFiles(home);
        this.java = java;
        this.limit = limit;
        this.say = say;
    }

    /** A connection that starts nodes with this process's JVM and gives up after {@link #RECONNECT_LIMIT}. */
    public static NodeConnection forThisJvm(CisHome home, Consumer<String> say) {
        return new NodeConnection(home, JavaCommand.ofThisJvm(System.getenv()), RECONNECT_LIMIT, say);
    }

    /**
     * Connects to the node, with {@code startIfMissing} starting one when none runs.
     *
     * @throws NodeException as {@link NodeConnector#open(CisHome, boolean)}
     */
    public NodeConnection connect(boolean startIfMissing) throws NodeException {
        SocketNodeClient c = new NodeConnector(new NodeLauncher(java, limit)).open(files.home(), startIfMissing);
        use(c);
        return this;
    }

    /** Connects when a node answers; otherwise stays unconnected, so that {@link #lost()} is true. */
    public NodeConnection connectIfRunning() {
        try {
            connect(false);
        } catch (NodeException e) {
            client = null;
        }
        return this;
    }

    private void use(SocketNodeClient c) throws NodeException {
        try {
            pid = c.info().pid();
        } catch (NodeException e) {
            c.close();
            throw e;
        }
        client = c;
    }

    /** The node as connected now; after a reconnect, the new one. */
    public NodeApi api() {
        if (client == null) {
            throw new IllegalStateException("not connected to a node");
        }
        return client;
    }

    /** Receives the node's events, also those of the node started by a reconnect. */
    public void subscribe(Consumer<CisEvent> events) throws NodeException {
        consumer = events;
        if (client == null) {
            throw new NodeException(NodeException.Kind.UNAVAILABLE, "no node is running for " + files.home());
        }
        subscription = client.subscribe(events);
    }

    /**
     * True when there is no node to talk to: never connected, or (once subscribed) the event stream ended without
     * a close.
     */
    public boolean lost() {
        return client == null || (consumer != null && (subscription == null || !subscription.isActive()));
    }

    /**
     * The node went away: says so, starts it again, connects (and subscribes again) and says
     * {@code cis: reconnected; following WHAT}.
     *
     * @throws NodeException UNAVAILABLE when no node answers within the limit, or the node cannot start; the
     *                       message names the node log
     */
    public void reconnect(String following) throws NodeException {
        restart();
        say.accept("cis: reconnected; following " + following);
    }

    /**
     * The node went away: says so, starts it again and connects (and subscribes again).
     *
     * @throws NodeException as {@link #reconnect(String)}
     */
    public void restart() throws NodeException {
        say.accept("cis: the node stopped" + pidNote() + "; starting it again ...");
        dropClient();
        long deadline = System.nanoTime() + limit.toNanos();
        String why = "it did not answer";
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            try {
                new NodeLauncher(java, Duration.ofNanos(left)).start(files.home());
                use(SocketNodeClient.connect(files.socket(), NodeLauncher.software()));
                if (consumer != null) {
                    subscription = client.subscribe(consumer);
                }
                return;
            } catch (NodeStartException e) {
                why = e.summary();
                if (e.nodeExited()) {
                    throw cannotStart(why);
                }
            } catch (NodeException e) {
                why = e.getMessage();
                if (e.kind() != NodeException.Kind.UNAVAILABLE) {
                    dropClient();
                    throw e;
                }
            }
            dropClient();
            LockSupport.parkNanos(RETRY_NANOS);
        }
        throw cannotStart("no node answered within " + limit.toSeconds() + " s: " + why);
    }

    private NodeException cannotStart(String why) {
        return new NodeException(NodeException.Kind.UNAVAILABLE, "the node could not be started again (" + why
                + "); see its log: " + files.log());
    }

    private String pidNote() {
        OptionalLong known = pid > 0 ? OptionalLong.of(pid) : files.readPid();
        return known.isPresent() ? " (pid " + known.getAsLong() + ")" : "";
    }

    private void dropClient() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
    }

    /** Closes this client's connections; the node and its sessions keep running. */
    @Override
    public void close() {
        dropClient();
    }
}
