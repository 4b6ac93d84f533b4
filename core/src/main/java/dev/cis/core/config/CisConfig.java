package dev.cis.core.config;

import dev.cis.core.dag.BuiltinAgents;
import dev.cis.core.dag.DagDefaults;
import dev.cis.core.dag.Diagnostic;
import dev.cis.core.monitor.MonitorSettings;
import dev.cis.core.text.Suggestions;
import dev.cis.core.toml.SyntaxException;
import dev.cis.core.toml.TomlParser;
import dev.cis.core.toml.TomlTable;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
 * The effective configuration: every setting of {@link ConfigKeys} with its value and where it came from
 * (default, {@code $CIS_HOME/config.toml}, environment {@code CIS_<SECTION>_<KEY>}, {@code --set} flag, each
 * winning over the one before), the agent profile tables and the question patterns added per agent.
 *
 * <pre>{@code
 * [dag]
 * max_workers = 4            # 1..256
 * [monitor]
 * silence = "10s"
 * [monitor.patterns.claude]  # questions added to the profile of claude
 * deploy = "Deploy to production\\?"
 * [agents.my-claude]         # interpreted by the agent profiles, handed over as a plain map
 * executable = "claude"
 * }</pre>
 *
 * A missing file means the defaults. Unknown sections and keys, wrong types, out-of-range values and TOML
 * syntax errors are a {@link ConfigException} naming {@code FILE:LINE:COL}, with "did you mean".
 *
 * @param file     the file read (it may not exist)
 * @param values   the effective value of every setting, in {@link ConfigKeys#ALL} order
 * @param agents   the raw {@code [agents.NAME]} tables, in file order
 * @param patterns {@code [monitor.patterns.NAME]}: per agent, name to regex
 * @param raw      the whole file as plain maps
 * @param warnings problems that do not stop cis (none at present; kept for callers that print them)
 */
public record CisConfig(Path file, Map<ConfigKey, ConfigValue> values, Map<String, Map<String, Object>> agents,
        Map<String, Map<String, String>> patterns, Map<String, Object> raw, List<Diagnostic> warnings) {

    public CisConfig {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        agents = Collections.unmodifiableMap(new LinkedHashMap<>(agents));
        patterns = Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
        warnings = List.copyOf(warnings);
    }

    /** The built-in defaults, as if {@code file} did not exist and no variable or flag were set. */
    public static CisConfig defaults(Path file) {
        Map<ConfigKey, ConfigValue> v = new LinkedHashMap<>();
        ConfigKeys.ALL.forEach(k -> v.put(k, ConfigValue.byDefault(k)));
        return new CisConfig(file, v, Map.of(), Map.of(), Map.of(), List.of());
    }

    /** Reads {@code file} and this process's environment; a missing file gives the defaults. */
    public static CisConfig load(Path file) throws ConfigException {
        return load(file, System.getenv(), Map.of());
    }

    /**
     * Reads {@code file}, then the {@code CIS_<SECTION>_<KEY>} variables of {@code env}, then {@code flags}
     * ({@code section.key} to value text), each overriding the one before.
     */
    public static CisConfig load(Path file, Map<String, String> env, Map<String, String> flags)
            throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            text = "";
        } catch (MalformedInputException e) {
            throw new ConfigException(List.of(Diagnostic.error(file, 0, 0,
                    "the file is not valid UTF-8; save it as UTF-8")));
        } catch (IOException e) {
            throw new ConfigException(List.of(Diagnostic.error(file, 0, 0, "cannot read the file: " + e)));
        }
        return parse(text, file, env, flags);
    }

    /** Reads config text alone (no environment, no flags); {@code file} names it in messages. */
    public static CisConfig parse(String text, Path file) throws ConfigException {
        return parse(text, file, Map.of(), Map.of());
    }

    private static CisConfig parse(String text, Path file, Map<String, String> env, Map<String, String> flags)
            throws ConfigException {
        TomlTable root;
        try {
            root = TomlParser.parse(text);
        } catch (SyntaxException e) {
            throw new ConfigException(List.of(Diagnostic.error(file, e.line(), e.column(), "not valid TOML: "
                    + e.reason())));
        }
        ConfigFileReader reader = new ConfigFileReader(file);
        reader.read(root);
        List<Diagnostic> errors = new ArrayList<>(reader.errors);
        Map<ConfigKey, ConfigValue> values = new LinkedHashMap<>();
        for (ConfigKey k : ConfigKeys.ALL) {
            values.put(k, reader.values.getOrDefault(k, ConfigValue.byDefault(k)));
        }
        for (ConfigKey k : ConfigKeys.ALL) {
            String v = env.get(k.envVar());
            if (v != null) {
                override(values, k, v, ConfigSource.ENVIRONMENT, k.envVar(), errors);
            }
        }
        flags.forEach((path, v) -> {
            Optional<ConfigKey> k = ConfigKeys.byPath(path);
            if (k.isEmpty()) {
                errors.add(Diagnostic.error(Path.of("--set " + path), 0, 0, "unknown setting '" + path + "'"
                        + Suggestions.didYouMean(path, ConfigKeys.paths()) + "; see 'cis config show'"));
            } else {
                override(values, k.get(), v, ConfigSource.FLAG, "--set " + path, errors);
            }
        });
        checkDefaultAgent(values, reader, file, errors);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return new CisConfig(file, values, reader.agents, reader.patterns, root.toMap(), List.of());
    }

    private static void override(Map<ConfigKey, ConfigValue> values, ConfigKey k, String text, ConfigSource source,
            String origin, List<Diagnostic> errors) {
        StringBuilder problem = new StringBuilder();
        Optional<Object> v = k.fromText(text, problem);
        if (v.isPresent()) {
            values.put(k, new ConfigValue(k, v.get(), source, origin));
        } else {
            errors.add(Diagnostic.error(Path.of(source == ConfigSource.ENVIRONMENT ? "environment variable "
                    + origin : origin), 0, 0, problem.toString()));
        }
    }

    private static void checkDefaultAgent(Map<ConfigKey, ConfigValue> values, ConfigFileReader reader, Path file,
            List<Diagnostic> errors) {
        ConfigValue v = values.get(ConfigKeys.DAG_DEFAULT_AGENT);
        String agent = (String) v.value();
        Set<String> known = new LinkedHashSet<>(BuiltinAgents.NAMES);
        known.addAll(reader.agents.keySet());
        if (known.contains(agent)) {
            return;
        }
        int[] at = v.source() == ConfigSource.FILE ? reader.positions.get(ConfigKeys.DAG_DEFAULT_AGENT) : new int[2];
        Path where = v.source() == ConfigSource.FILE ? file : Path.of(v.origin());
        errors.add(Diagnostic.error(where, at[0], at[1], "dag.default_agent names '" + agent
                + "', which is not a known agent" + Suggestions.didYouMean(agent, known) + "; known agents: "
                + String.join(", ", known)));
    }

    /** The effective value of {@code key}. */
    public ConfigValue value(ConfigKey key) {
        return values.get(key);
    }

    private long integer(ConfigKey key) {
        return (Long) values.get(key).value();
    }

    private Duration duration(ConfigKey key) {
        return (Duration) values.get(key).value();
    }

    /** What DAG files fall back to. */
    public DagDefaults dagDefaults() {
        return new DagDefaults((int) integer(ConfigKeys.DAG_MAX_WORKERS),
                (String) values.get(ConfigKeys.DAG_DEFAULT_AGENT).value(), integer(ConfigKeys.DAG_TASK_TIMEOUT_SECS));
    }

    /** How the session monitor decides that a session waits for a person. */
    public MonitorSettings monitor() {
        return new MonitorSettings(duration(ConfigKeys.MONITOR_SILENCE), duration(ConfigKeys.MONITOR_DEBOUNCE),
                duration(ConfigKeys.MONITOR_EVALUATE_EVERY), duration(ConfigKeys.MONITOR_PROBE_EVERY),
                (int) integer(ConfigKeys.MONITOR_QUESTION_LINES));
    }

    /** {@code [node] id}, when set. */
    public Optional<String> nodeId() {
        return Optional.ofNullable((String) values.get(ConfigKeys.NODE_ID).value()).map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    /** Size past which the node log is rotated. */
    public long logMaxBytes() {
        return integer(ConfigKeys.NODE_LOG_MAX_KIB) * 1024;
    }

    /** Whether recordings keep the input sent to sessions (input at a prompt that does not echo never is). */
    public boolean recordInput() {
        return Boolean.TRUE.equals(value(ConfigKeys.NODE_RECORD_INPUT).value());
    }

    /** Rotated node logs kept. */
    public int logKeep() {
        return (int) integer(ConfigKeys.NODE_LOG_KEEP);
    }

    /**
     * The agent tables for the agent profiles, with the {@code [monitor.patterns.NAME]} of each agent merged into
     * its {@code blocked_patterns} (a built-in agent gets a table of its own for them).
     */
    public Map<String, Map<String, Object>> profileTables() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>(agents);
        patterns.forEach((agent, added) -> {
            Map<String, Object> table = new LinkedHashMap<>(out.getOrDefault(agent, Map.of()));
            Map<String, Object> blocked = new LinkedHashMap<>();
            if (table.get("blocked_patterns") instanceof Map<?, ?> m) {
                m.forEach((k, v) -> blocked.put(String.valueOf(k), v));
            }
            blocked.putAll(added);
            table.put("blocked_patterns", blocked);
            out.put(agent, table);
        });
        return out;
    }

    /** Agent names a DAG may use: the built-ins, then the config's own. */
    public Set<String> knownAgents() {
        Set<String> s = new LinkedHashSet<>(BuiltinAgents.NAMES);
        s.addAll(agents.keySet());
        return Collections.unmodifiableSet(s);
    }
}
