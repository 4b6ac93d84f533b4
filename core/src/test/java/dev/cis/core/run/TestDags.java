package dev.cis.core.run;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.Policy;
import dev.cis.core.dag.TaskSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small DAGs built in memory for engine tests. */
final class TestDags {

    private TestDags() {
    }

    static TaskSpec task(String id, String... deps) {
        return task(id, Level.MECHANICAL, deps);
    }

    static TaskSpec task(String id, Level level, String... deps) {
        return new TaskSpec(id, id, "shell", "true", "true", Arrays.asList(deps), 60, 0, 0, Path.of("/tmp"),
                Map.of(), true, level, null, List.of(), "");
    }

    static Dag dag(Policy policy, int maxWorkers, TaskSpec... tasks) {
        return new Dag("test", "", maxWorkers, policy, "shell", Path.of("/tmp"), Map.of(), 0, new ArrayList<>(List.of(tasks)),
                null);
    }

    static TaskSpec shell(String id, String command, String... deps) {
        return new TaskSpec(id, id, "shell", command, command, Arrays.asList(deps), 60, 0, 0,
                Path.of(System.getProperty("java.io.tmpdir")), Map.of(), true, Level.MECHANICAL, null, List.of(), "");
    }

    static TaskSpec withRetry(TaskSpec t, int retry, double backoff) {
        return new TaskSpec(t.id(), t.name(), t.agent(), t.prompt(), t.command(), t.deps(), t.timeoutSecs(), retry,
                backoff, t.workDir(), t.env(), t.injectContext(), t.level(), t.targetNode(), t.requires(), t.skill());
    }

    static TaskSpec withTimeout(TaskSpec t, long secs) {
        return new TaskSpec(t.id(), t.name(), t.agent(), t.prompt(), t.command(), t.deps(), secs, t.retry(),
                t.retryBackoffSecs(), t.workDir(), t.env(), t.injectContext(), t.level(), t.targetNode(), t.requires(),
                t.skill());
    }

    static TaskSpec withLevel(TaskSpec t, Level level) {
        return new TaskSpec(t.id(), t.name(), t.agent(), t.prompt(), t.command(), t.deps(), t.timeoutSecs(), t.retry(),
                t.retryBackoffSecs(), t.workDir(), t.env(), t.injectContext(), level, t.targetNode(), t.requires(),
                t.skill());
    }

    static TaskSpec withAgent(TaskSpec t, String agent) {
        return new TaskSpec(t.id(), t.name(), agent, t.prompt(), t.command(), t.deps(), t.timeoutSecs(), t.retry(),
                t.retryBackoffSecs(), t.workDir(), t.env(), t.injectContext(), t.level(), t.targetNode(), t.requires(),
                t.skill());
    }
}
