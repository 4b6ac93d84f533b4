package dev.cis.core.dag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The keys a DAG file may use, where, and hints for keys people write by habit. */
final class DagKeys {

    static final List<String> TOP_LEVEL = List.of("dag", "tasks", "skill");

    static final List<String> DAG = List.of(
            "name", "description", "max_workers", "policy", "default_agent", "work_dir", "env", "timeout_secs",
            "tasks");

    static final List<String> TASK = List.of(
            "id", "name", "agent", "agent_runtime", "prompt", "command", "deps", "timeout_secs", "retry",
            "retry_backoff_secs", "work_dir", "env", "inject_context", "level", "target_node", "requires", "skill");

    static final List<String> LEVEL = List.of("type", "timeout", "default_action", "stakeholders", "retry");

    /** Keys of other tools (Airflow, GitHub Actions, make) and what cis calls them. */
    private static final Map<String, String> TASK_SYNONYMS = Map.ofEntries(
            Map.entry("depends_on", "deps"), Map.entry("dependencies", "deps"), Map.entry("needs", "deps"),
            Map.entry("upstream", "deps"), Map.entry("after", "deps"), Map.entry("cmd", "command"),
            Map.entry("run", "command"), Map.entry("script", "command"), Map.entry("cwd", "work_dir"),
            Map.entry("working_dir", "work_dir"), Map.entry("workdir", "work_dir"), Map.entry("dir", "work_dir"),
            Map.entry("environment", "env"), Map.entry("retries", "retry"), Map.entry("max_retries", "retry"),
            Map.entry("timeout", "timeout_secs"), Map.entry("title", "name"));

    private DagKeys() {
    }

    /** Hints for unknown keys in a task table. */
    static Map<String, String> taskHints() {
        Map<String, String> h = new HashMap<>();
        TASK_SYNONYMS.forEach((k, v) -> h.put(k, "cis calls it '" + v + "'"));
        for (String k : DAG) {
            if (!TASK.contains(k)) {
                h.put(k, "'" + k + "' is a key of [dag], not of a task");
            }
        }
        return h;
    }

    /** Hints for unknown keys in [dag]. */
    static Map<String, String> dagHints() {
        Map<String, String> h = new HashMap<>();
        for (String k : TASK) {
            if (!DAG.contains(k)) {
                h.put(k, "'" + k + "' is a key of a task; put it in the task's table");
            }
        }
        h.put("default_timeout_secs", "the per-task default comes from the config file; set 'timeout_secs' per task");
        return h;
    }

    /** Hints for unknown keys at the top of the file. */
    static Map<String, String> topLevelHints() {
        Map<String, String> h = new HashMap<>();
        for (String k : DAG) {
            h.put(k, "'" + k + "' belongs in the [dag] table");
        }
        for (String k : TASK) {
            h.putIfAbsent(k, "'" + k + "' belongs in a task table");
        }
        h.put("task", "tasks are written [[dag.tasks]] or [[tasks]]");
        return h;
    }

    /** The task keys, with the older ones that are accepted and not used ({@link UnusedKeys#TASK}). */
    static Set<String> taskKeysWithCompat() {
        Set<String> s = new java.util.LinkedHashSet<>(TASK);
        s.addAll(UnusedKeys.TASK.keySet());
        return s;
    }

    /** The [dag] keys, with the older ones that are accepted and not used ({@link UnusedKeys#DAG}). */
    static Set<String> dagKeysWithCompat() {
        Set<String> s = new java.util.LinkedHashSet<>(DAG);
        s.addAll(UnusedKeys.DAG.keySet());
        return s;
    }
}
