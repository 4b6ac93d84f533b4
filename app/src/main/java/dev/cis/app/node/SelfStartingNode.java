package dev.cis.app.node;

import dev.cis.core.config.CisHome;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's node: a client of the node of a CIS_HOME that starts the node again when it went away (killed,
 * stopped, crashed). A call that finds no node answering starts one (its recovery ends what died with the old
 * node), connects again and is made once more; the dashboard, which notices the lost event stream and calls
 * again, then carries on. Closing it releases the client, never the node or its sessions.
 */
public final class SelfStartingNode {

    private static final Logger LOG = LoggerFactory.getLogger(SelfStartingNode.class);

    private SelfStartingNode() {
    }

    /** Connects to the node of {@code home}, starting one when none runs. */
    public static NodeApi open(CisHome home) throws NodeException {
        return open(home, () -> NodeConnector.connect(home, true));
    }

    /** Opens clients with {@code connect}, which starts a node when none runs. */
    public static NodeApi open(CisHome home, Connect connect) throws NodeException {
        Handler h = new Handler(home, connect, connect.open());
        return (NodeApi) Proxy.newProxyInstance(NodeApi.class.getClassLoader(), new Class<?>[] {NodeApi.class}, h);
    }

    /** Opens a client of the node, starting the node when none runs. */
    @FunctionalInterface
    public interface Connect {
        NodeApi open() throws NodeException;
    }

    private static final class Handler implements java.lang.reflect.InvocationHandler {
        private final CisHome home;
        private final Connect connect;
        private volatile NodeApi client;

        Handler(CisHome home, Connect connect, NodeApi client) {
            this.home = home;
            this.connect = connect;
            this.client = client;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(this, args);
            }
            NodeApi used = client;
            try {
                return call(used, method, args);
            } catch (NodeException e) {
                if (e.kind() != NodeException.Kind.UNAVAILABLE || method.getName().equals("close")
                        || method.getName().equals("shutdown")) {
                    throw e;
                }
                return call(reconnect(used, e), method, args);
            }
        }

        private synchronized NodeApi reconnect(NodeApi failed, NodeException why) throws NodeException {
            if (client != failed) {
                return client;
            }
            LOG.info("no node answers for {} ({}); starting it again", home.root(), why.getMessage());
            NodeApi fresh = connect.open();
            failed.close();
            client = fresh;
            return fresh;
        }

        private static Object call(NodeApi target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
