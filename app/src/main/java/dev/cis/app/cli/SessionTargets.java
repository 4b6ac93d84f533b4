package dev.cis.app.cli;

import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.store.RunLookupException;
import dev.cis.core.store.RunStore;
import java.util.List;

/** Reads {@code RUN:TASK[:ATTEMPT]} (run id or unique prefix) into the id of a live session. */
final class SessionTargets {

    private SessionTargets() {
    }

    static String live(RunStore store, NodeApi node, String target) throws NodeException {
        String[] parts = target.split(":");
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new NodeException(NodeException.Kind.INVALID, "'" + target
                    + "' is not a session: give RUN:TASK or RUN:TASK:ATTEMPT (see 'cis dag sessions')");
        }
        String runId;
        try {
            runId = store.resolveRunId(parts[0]);
        } catch (RunLookupException e) {
            throw new NodeException(NodeException.Kind.NOT_FOUND, e.getMessage(), e);
        }
        List<SessionInfo> live = node.sessions(runId).stream().filter(s -> s.taskId().equals(parts[1])).toList();
        if (parts.length == 3) {
            String id = runId + ":" + parts[1] + ":" + parts[2];
            if (live.stream().noneMatch(s -> s.sessionId().equals(id))) {
                throw new NodeException(NodeException.Kind.NOT_FOUND, "session " + id + " is not running"
                        + (live.isEmpty() ? "" : " (live: " + live.get(0).sessionId() + ")")
                        + "; its output: cis dag logs " + id);
            }
            return id;
        }
        if (live.isEmpty()) {
            throw new NodeException(NodeException.Kind.NOT_FOUND, "task '" + parts[1] + "' of run " + runId
                    + " has no live session; its output: cis dag logs " + runId + ":" + parts[1]);
        }
        return live.get(live.size() - 1).sessionId();
    }
}
