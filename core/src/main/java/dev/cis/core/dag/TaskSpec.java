package dev.cis.core.dag;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One task of a DAG file, with every default applied (see DAG-FORMAT.md).
 *
 * @param id               unique in the DAG, {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}
 * @param name             display name (defaults to the id)
 * @param agent            agent profile name (defaults to the DAG's default agent)
 * @param prompt           what the agent is asked to do; for {@code shell} the command. When the file
 *                         gave only {@code command}, the command is here too.
 * @param command          the {@code command} key as written ("" when absent)
 * @param deps             ids of direct dependencies, in file order
 * @param timeoutSecs      per-attempt limit
 * @param retry            extra attempts after a failure (0..20)
 * @param retryBackoffSecs base delay; retry n waits {@code retryBackoffSecs * 2^(n-1)}, capped at 300 s
 * @param workDir          absolute working folder
 * @param env              the task's own env (not merged with the DAG's)
 * @param injectContext    append upstream outputs to the prompt
 * @param level            approval gate
 * @param targetNode       matrix mode: only this node may run it (null when absent)
 * @param requires         capabilities a node must advertise
 * @param skill            label only
 */
public record TaskSpec(
        String id,
        String name,
        String agent,
        String prompt,
        String command,
        List<String> deps,
        long timeoutSecs,
        int retry,
        double retryBackoffSecs,
        Path workDir,
        Map<String, String> env,
        boolean injectContext,
        Level level,
        String targetNode,
        List<String> requires,
        String skill) {

    public static final double MAX_BACKOFF_SECS = 300;

    public TaskSpec {
        deps = List.copyOf(deps);
        env = Map.copyOf(env);
        requires = List.copyOf(requires);
    }

    /** Delay before retry number {@code n} (1-based), capped at 300 s. */
    public double backoffSecs(int n) {
        if (n <= 0) {
            return 0;
        }
        double d = retryBackoffSecs * Math.pow(2, n - 1);
        return Math.min(d, MAX_BACKOFF_SECS);
    }

    /** Total attempts allowed: the first one plus {@link #retry()}. */
    public int maxAttempts() {
        return retry + 1;
    }
}
