package dev.cis.app.gui;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.Policy;
import dev.cis.core.dag.TaskSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A DAG built in memory, standing in for a loaded DAG file in tests. */
public final class SampleDags {

    private SampleDags() {
    }

    /** A small release pipeline: plan, three parallel tasks, review, ship. */
    public static Dag release(Path source) {
        List<TaskSpec> tasks = new ArrayList<>();
        tasks.add(task("plan", "Plan the release", "claude"));
        tasks.add(task("api", "Implement the API changes", "codex", "plan"));
        tasks.add(task("ui", "Update the dashboard", "claude", "plan"));
        tasks.add(task("docs", "Write the release notes", "aider", "plan"));
        tasks.add(task("tests", "Run the test suite", "shell", "api", "ui"));
        tasks.add(task("review", "Review every change", "claude", "tests", "docs"));
        tasks.add(task("ship", "Tag and publish", "shell", "review"));
        return new Dag("release", "", 4, Policy.ALL_SUCCESS, "shell", Path.of("/tmp"), Map.of(), 0, tasks, source);
    }

    private static TaskSpec task(String id, String name, String agent, String... deps) {
        return new TaskSpec(id, name, agent, name + ".", "", Arrays.asList(deps), 3600, 1, 5, Path.of("/tmp"),
                Map.of(), true, Level.MECHANICAL, null, List.of(), "");
    }
}
