package dev.cis.core.store;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.Policy;
import dev.cis.core.dag.TaskSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** DAGs built in memory for store tests. */
final class TestDags {

    private TestDags() {
    }

    /**
     * A DAG named {@code name} whose tasks are given as {@code "id"} or {@code "id<-dep1,dep2"}, in file order.
     */
    static Dag dag(String name, String... tasks) {
        List<TaskSpec> specs = new ArrayList<>();
        for (String t : tasks) {
            String[] parts = t.split("<-", 2);
            List<String> deps = parts.length == 2 ? Arrays.asList(parts[1].split(",")) : List.of();
            specs.add(task(parts[0], deps));
        }
        return new Dag(name, "", 4, Policy.ALL_SUCCESS, "shell", Path.of("/tmp"), Map.of(), 0, specs,
                Path.of("/tmp/" + name + ".toml"));
    }

    static TaskSpec task(String id, List<String> deps) {
        return new TaskSpec(id, id.toUpperCase(java.util.Locale.ROOT), "shell", "echo " + id, "echo " + id, deps,
                60, 0, 5, Path.of("/tmp"), Map.of(), true, Level.MECHANICAL, null, List.of(), "");
    }
}
