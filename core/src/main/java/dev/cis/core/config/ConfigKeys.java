package dev.cis.core.config;

import dev.cis.core.dag.DagDefaults;
import dev.cis.core.monitor.MonitorSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of {@code config.toml}, with its default and description: the one list {@code cis config show}
 * prints and the reader checks keys against. A new setting is one line here and one accessor in
 * {@link CisConfig}. Besides these, {@code [agents.NAME]} tables (agent profiles), {@code [monitor.patterns.NAME]}
 * tables (questions added to a profile) and {@code [dag.matrix]} are tables of their own.
 */
public final class ConfigKeys {

    private static final long UNBOUNDED = Long.MAX_VALUE;

    public static final ConfigKey DAG_MAX_WORKERS = ConfigKey.integer("dag", "max_workers", DagDefaults.MAX_WORKERS, 1, 256, true,
            "tasks a run executes at once, unless its DAG file says");
    public static final ConfigKey DAG_DEFAULT_AGENT = ConfigKey.string("dag", "default_agent", DagDefaults.DEFAULT_AGENT, true,
            "agent of a task that names none, unless its DAG file says");
    public static final ConfigKey DAG_TASK_TIMEOUT_SECS = ConfigKey.integer("dag", "task_timeout_secs", DagDefaults.TASK_TIMEOUT_SECS, 1,
            UNBOUNDED, true, "seconds a task may run, unless its DAG file says");

    public static final ConfigKey MONITOR_SILENCE = ConfigKey.duration("monitor", "silence", MonitorSettings.DEFAULT_SILENCE,
            Duration.ZERO, Duration.ofDays(1), true,
            "unchanged screen, program reading the terminal: then the session waits for a person (0s: off)");
    public static final ConfigKey MONITOR_DEBOUNCE = ConfigKey.duration("monitor", "debounce",
            MonitorSettings.DEFAULT_DEBOUNCE, Duration.ZERO, Duration.ofMinutes(10), true,
            "how long a state must hold before it is reported (blocked, running again)");
    public static final ConfigKey MONITOR_QUESTION_LINES = ConfigKey.integer("monitor", "question_lines",
            MonitorSettings.DEFAULT_QUESTION_LINES, 1,
            1000, true, "last non-empty screen lines searched for questions");
    public static final ConfigKey MONITOR_PROBE_EVERY = ConfigKey.duration("monitor", "probe_every",
            MonitorSettings.DEFAULT_PROBE_EVERY, Duration.ofMillis(10), Duration.ofMinutes(10), true,
            "how often, at most, a session's processes are inspected");
    public static final ConfigKey MONITOR_EVALUATE_EVERY = ConfigKey.duration("monitor", "evaluate_every",
            MonitorSettings.DEFAULT_EVALUATE_EVERY, Duration.ofMillis(10), Duration.ofMinutes(1), false,
            "how often the screen of a session that printed something is evaluated");

    public static final ConfigKey NODE_ID = ConfigKey.string("node", "id", null, false,
            "the node's name in runs and attempts (default: the host name)");
    public static final ConfigKey NODE_LOG_MAX_KIB = ConfigKey.integer("node", "log_max_kib", 10 * 1024, 1,
            UNBOUNDED, false, "logs/node.log is rotated when it grows past this many KiB");
    public static final ConfigKey NODE_RECORD_INPUT = ConfigKey.bool("node", "record_input", true, false,
            "terminal recordings keep the input sent to sessions (never input typed while the terminal hides it)");
    public static final ConfigKey NODE_LOG_KEEP = ConfigKey.integer("node", "log_keep", 3, 1, 100, false,
            "rotated logs kept: node.log.1 (newest) to node.log.N");

    /** Every setting, in the order {@code cis config show} prints them. */
    public static final List<ConfigKey> ALL = List.of(DAG_MAX_WORKERS, DAG_DEFAULT_AGENT, DAG_TASK_TIMEOUT_SECS,
            MONITOR_SILENCE, MONITOR_DEBOUNCE, MONITOR_QUESTION_LINES, MONITOR_PROBE_EVERY, MONITOR_EVALUATE_EVERY,
            NODE_ID, NODE_LOG_MAX_KIB, NODE_LOG_KEEP, NODE_RECORD_INPUT);

    /** Tables of their own inside a section: {@code [dag.matrix]}, {@code [monitor.patterns]}. */
    static final Map<String, Set<String>> SUBTABLES = Map.of("dag", Set.of("matrix"), "monitor", Set.of("patterns"));

    /** Sections whose every entry is a table other code interprets. */
    static final Set<String> TABLE_SECTIONS = Set.of("agents");

    private ConfigKeys() {
    }

    /** The top-level sections: those of the settings, then the table sections. */
    public static Set<String> sections() {
        Set<String> s = new LinkedHashSet<>();
        ALL.forEach(k -> s.add(k.section()));
        s.addAll(TABLE_SECTIONS);
        return Collections.unmodifiableSet(s);
    }

    /** The settings of {@code section} by name, in order. */
    static Map<String, ConfigKey> of(String section) {
        Map<String, ConfigKey> out = new LinkedHashMap<>();
        ALL.stream().filter(k -> k.section().equals(section)).forEach(k -> out.put(k.name(), k));
        return out;
    }

    /** Every name allowed in {@code section}: its settings and its subtables. */
    static List<String> namesIn(String section) {
        List<String> out = new ArrayList<>(of(section).keySet());
        out.addAll(SUBTABLES.getOrDefault(section, Set.of()));
        return out;
    }

    /** The setting {@code section.name}, e.g. {@code monitor.silence}. */
    public static Optional<ConfigKey> byPath(String path) {
        return ALL.stream().filter(k -> k.path().equals(path)).findFirst();
    }

    /** Every {@code section.name}, for "did you mean". */
    static List<String> paths() {
        return ALL.stream().map(ConfigKey::path).toList();
    }
}
