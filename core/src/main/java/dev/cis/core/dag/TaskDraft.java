package dev.cis.core.dag;

import dev.cis.core.toml.TomlString;
import dev.cis.core.toml.TomlValue;
import java.util.List;

/**
 * A task as read from its table, before the file-wide checks (duplicate ids, dependencies).
 *
 * @param index 0-based position in the file
 * @param id    the id, or null when it is missing or invalid
 * @param at    where the task is (its id value, or its table)
 * @param deps  the dependency ids as written, with positions
 * @param spec  the task with defaults applied, or null when the table has errors
 */
record TaskDraft(int index, String id, TomlValue at, List<TomlString> deps, TaskSpec spec) {

    /** {@code task 'build'}, or {@code task #3} when the id is unusable. */
    String label() {
        return label(id, index);
    }

    static String label(String id, int index) {
        return id != null ? "task '" + id + "'" : "task #" + (index + 1);
    }
}
