package dev.cis.core.dag;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated DAG: immutable, every default applied, dependencies known to exist and to be acyclic.
 *
 * @param name        display name (file name without extension by default)
 * @param description free text
 * @param maxWorkers  tasks of this DAG running at once (1..256)
 * @param policy      failure policy
 * @param defaultAgent agent profile of tasks that name none
 * @param workDir     absolute base working folder
 * @param env         environment for every task
 * @param timeoutSecs limit for the whole run, 0 when none
 * @param tasks       tasks in file order
 * @param sourceFile  the file it was loaded from (null when built in memory)
 */
public record Dag(
        String name,
        String description,
        int maxWorkers,
        Policy policy,
        String defaultAgent,
        Path workDir,
        Map<String, String> env,
        long timeoutSecs,
        List<TaskSpec> tasks,
        Path sourceFile) {

    public Dag {
        env = Map.copyOf(env);
        tasks = List.copyOf(tasks);
    }

    public Optional<TaskSpec> task(String id) {
        for (TaskSpec t : tasks) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Tasks keyed by id, in file order. */
    public Map<String, TaskSpec> tasksById() {
        Map<String, TaskSpec> m = new LinkedHashMap<>();
        for (TaskSpec t : tasks) {
            m.put(t.id(), t);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Direct dependents of every task (the reverse of {@code deps}), in file order. */
    public Map<String, List<String>> dependents() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (TaskSpec t : tasks) {
            m.putIfAbsent(t.id(), new ArrayList<>());
        }
        for (TaskSpec t : tasks) {
            for (String d : t.deps()) {
                m.computeIfAbsent(d, k -> new ArrayList<>()).add(t.id());
            }
        }
        return m;
    }

    /** Tasks nobody depends on. */
    public List<String> sinks() {
        List<String> out = new ArrayList<>();
        dependents().forEach((id, ds) -> {
            if (ds.isEmpty()) {
                out.add(id);
            }
        });
        return out;
    }

    /** Task ids in an order where every task comes after its dependencies (Kahn, stable by file order). */
    public List<String> topologicalOrder() {
        Map<String, Integer> indegree = new HashMap<>();
        for (TaskSpec t : tasks) {
            indegree.put(t.id(), t.deps().size());
        }
        Map<String, List<String>> dependents = dependents();
        Deque<String> ready = new ArrayDeque<>();
        for (TaskSpec t : tasks) {
            if (t.deps().isEmpty()) {
                ready.add(t.id());
            }
        }
        List<String> order = new ArrayList<>(tasks.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String d : dependents.getOrDefault(id, List.of())) {
                if (indegree.merge(d, -1, Integer::sum) == 0) {
                    ready.add(d);
                }
            }
        }
        return order;
    }

    /** Every task that depends on {@code id}, directly or not (not including {@code id}). */
    public List<String> downstreamOf(String id) {
        Map<String, List<String>> dependents = dependents();
        List<String> out = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>(dependents.getOrDefault(id, List.of()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String d = todo.poll();
            if (seen.add(d)) {
                out.add(d);
                todo.addAll(dependents.getOrDefault(d, List.of()));
            }
        }
        return out;
    }
}
