package dev.cis.core.dag;

import dev.cis.core.toml.TomlArray;
import dev.cis.core.toml.TomlString;
import dev.cis.core.toml.TomlTable;
import dev.cis.core.toml.TomlValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keys cis accepts and does not use, each reported as a warning that says so: keys of older files (so that
 * such a file still runs its tasks), and the Matrix keys that a local run does not read yet.
 */
final class UnusedKeys {

    /** Task keys of older files, and what cis does instead (empty when nothing needs saying). */
    static final Map<String, String> TASK = ordered(
            "rollback", "", "idempotent", "", "reuse_agent", "", "keep_agent", "", "agent_config", "",
            "on_failure", "; when a task fails, [dag] policy decides what its dependents do, and 'retry'"
                    + " runs it again",
            "condition", "; a task starts when its deps are done, and [dag] policy decides what a failed dep means");

    /** Keys of [dag] in older files ([[dag.todo]], [dag.adaptive]). */
    static final Map<String, String> DAG = ordered(
            "todo", "; the tasks of the run are the [[dag.tasks]]",
            "adaptive", "; rules are not evaluated, the tasks run as the file lists them",
            "dag", "");

    /** Task keys for several nodes: read by Matrix mode only. */
    private static final List<String> MATRIX = List.of("target_node", "requires");

    private final Problems problems;

    UnusedKeys(Problems problems) {
        this.problems = problems;
    }

    /** Warns about the older and Matrix keys of one task table. */
    void task(TomlTable table, String where) {
        TASK.forEach((k, why) -> table.key(k).ifPresent(key -> problems.warning(key, "'" + k + "' in " + where
                + " is accepted for compatibility with older files and not used" + why)));
        for (String k : MATRIX) {
            if (table.get(k).filter(UnusedKeys::set).isPresent()) {
                problems.warning(table.key(k).orElseThrow(), "'" + k + "' in " + where + " is not used: cis runs"
                        + " every task on this machine (only Matrix mode, with several nodes, reads it)");
            }
        }
    }

    /** A non-blank string or a non-empty array (wrong types are reported by the task reader). */
    private static boolean set(TomlValue v) {
        return v instanceof TomlString s ? !s.value().isBlank() : !(v instanceof TomlArray a) || a.size() > 0;
    }

    /** Warns about the older keys of [dag], and explains {@code dag.KEY = ...} written inside [dag]. */
    void dag(TomlTable dag) {
        for (String k : List.of("todo", "adaptive")) {
            String shown = k.equals("todo") ? "[[dag.todo]]" : "[dag.adaptive]";
            dag.key(k).ifPresent(key -> problems.warning(key, shown + " is accepted for compatibility with older"
                    + " files and not used" + DAG.get(k)));
        }
        Optional<TomlValue> nested = dag.get("dag");
        if (nested.isPresent() && nested.get() instanceof TomlTable t && !t.entries().isEmpty()) {
            for (TomlTable.Entry e : t.entries()) {
                String k = e.key().name();
                String fix = DagKeys.DAG.contains(k) ? "; to set '" + k + "' of the DAG, write " + k + " = ... in [dag]"
                        + " without 'dag.'" : "";
                problems.warning(e.key(), "'dag." + k + "' written inside [dag] means [dag.dag." + k + "], which"
                        + " cis does not use" + fix);
            }
        } else {
            nested.ifPresent(v -> problems.warning(dag.key("dag").orElseThrow(), "'dag' inside [dag] means"
                    + " [dag.dag], which cis does not use"));
        }
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
