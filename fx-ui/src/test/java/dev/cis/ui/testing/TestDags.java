package dev.cis.ui.testing;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.Policy;
import dev.cis.core.dag.TaskSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** DAGs built in memory for tests. */
public final class TestDags {

    private TestDags() {
    }

    /**
     * A DAG from specs like {@code "build"}, {@code "test:build"}, {@code "ship:test,lint"} (id, then deps).
     */
    public static Dag of(String name, String... specs) {
        List<TaskSpec> tasks = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split(":", 2);
            List<String> deps = parts.length > 1 && !parts[1].isBlank() ? Arrays.asList(parts[1].split(",")) : List.of();
            tasks.add(task(parts[0], deps, "claude"));
        }
        return dag(name, tasks);
    }

    public static TaskSpec task(String id, List<String> deps, String agent) {
        return new TaskSpec(id, id, agent, "Do the work of " + id + ".", "", deps, 3600, 2, 5, Path.of("/tmp"),
                Map.of(), true, Level.MECHANICAL, null, List.of(), "");
    }

    public static Dag dag(String name, List<TaskSpec> tasks) {
        return new Dag(name, "", 4, Policy.ALL_SUCCESS, "shell", Path.of("/tmp"), Map.of(), 0, tasks, null);
    }

    /**
     * {@code tasks} tasks and about {@code edges} dependencies, seeded. Like real pipelines, each task depends
     * on tasks shortly before it: the first {@code window} tasks are roots, task {@code i} depends on tasks in
     * {@code [i - window, i)}.
     */
    public static Dag layered(int tasks, int edges, int window, long seed) {
        Random random = new Random(seed);
        List<List<String>> deps = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            deps.add(new ArrayList<>());
        }
        int made = 0;
        int guard = 0;
        while (made < edges && guard++ < edges * 20) {
            int to = window + random.nextInt(tasks - window);
            int from = to - 1 - random.nextInt(window);
            if (!deps.get(to).contains("t" + from)) {
                deps.get(to).add("t" + from);
                made++;
            }
        }
        String[] agents = {"claude", "codex", "shell", "aider", "gemini"};
        List<TaskSpec> specs = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            specs.add(task("t" + i, deps.get(i), agents[i % agents.length]));
        }
        return dag("big", specs);
    }
}
