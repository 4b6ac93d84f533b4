package dev.cis.app.cli;

import dev.cis.core.node.NodeException;
import java.io.PrintWriter;

/** Prints a node error and maps it to an exit code. */
final class NodeErrors {

    private NodeErrors() {
    }

    static int report(PrintWriter err, NodeException e) {
        err.println("cis: " + e.getMessage());
        return switch (e.kind()) {
            case NOT_FOUND, INVALID -> ExitCodes.USAGE;
            case UNAVAILABLE, FAILED -> ExitCodes.FAILED;
        };
    }
}
