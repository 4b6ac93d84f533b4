package dev.cis.app.gui;

import dev.cis.core.config.CisHome;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;

/** Gives the window a node to talk to. Closing the node it returns releases this client, never the sessions. */
@FunctionalInterface
public interface NodeSource {

    NodeApi open(CisHome home) throws NodeException;
}
