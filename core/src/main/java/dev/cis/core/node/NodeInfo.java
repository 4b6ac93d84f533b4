package dev.cis.core.node;

import java.time.Instant;

/**
 * @param nodeId       the node's id (also its name in Matrix)
 * @param pid          process id of the node
 * @param version      cis version of the node
 * @param startedAt    when it started
 * @param home         its CIS_HOME
 * @param activeRuns   runs it executes now
 * @param liveSessions sessions alive now
 * @param blocked      sessions waiting for a person now
 */
public record NodeInfo(String nodeId, long pid, String version, Instant startedAt, String home, int activeRuns,
        int liveSessions, int blocked) {
}
