package dev.cis.core.config;

import dev.cis.core.text.Suggestions;

import dev.cis.core.dag.BuiltinAgents;
import dev.cis.core.dag.DagDefaults;
import dev.cis.core.dag.Diagnostic;
import dev.cis.core.toml.SyntaxException;
import dev.cis.core.toml.TomlBoolean;
import dev.cis.core.toml.TomlInteger;
import dev.cis.core.toml.TomlParser;
import dev.cis.core.toml.TomlString;
import dev.cis.core.toml.TomlTable;
import dev.cis.core.toml.TomlValue;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user's {@code config.toml} ({@code $CIS_HOME/config.toml}): DAG defaults and agent profiles.
 *
 * <pre>{@code
 * [dag]
 * max_workers = 4            # 1..256
 * default_agent = "shell"
 * task_timeout_secs = 3600
 *
 * record_input = true        # false: terminal recordings keep no input at all
 *
 * [agents.my-claude]         # interpreted by the agent profiles, handed over as a plain map
 * executable = "claude"
 * }</pre>
 *
 * A missing file means the defaults. Unknown sections and keys are warnings; wrong types, out-of-range
 * numbers and TOML syntax errors are a {@link ConfigException} naming {@code FILE:LINE:COL}.
 *
 * @param file        the file read (it may not exist)
 * @param dagDefaults what DAG files fall back to
 * @param agents      the raw {@code [agents.NAME]} tables, in file order
 * @param raw         the whole file as plain maps, for sections other code interprets
 * @param warnings    unknown sections and keys
 */
public record CisConfig(Path file, DagDefaults dagDefaults, Map<String, Map<String, Object>> agents,
                        Map<String, Object> raw, List<Diagnostic> warnings) {

    /** Top-level sections this version knows; others are reported as warnings and ignored. */
    public static final Set<String> KNOWN_SECTIONS = Set.of("dag", "agents", "node");

    /** Whether recordings keep the input sent to sessions (input at a prompt that does not echo never is). */
    public static final String RECORD_INPUT = "record_input";

    /** Keys of {@code [dag]}; {@code matrix} holds the Matrix settings ({@code dag.matrix.room}, ...). */
    public static final Set<String> DAG_KEYS = Set.of("max_workers", "default_agent", "task_timeout_secs", "matrix");

    public CisConfig {
        agents = Collections.unmodifiableMap(new LinkedHashMap<>(agents));
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
        warnings = List.copyOf(warnings);
    }

    /** The built-in defaults, as if {@code file} did not exist. */
    public static CisConfig defaults(Path file) {
        return new CisConfig(file, DagDefaults.standard(), Map.of(), Map.of(), List.of());
    }

    /** Reads {@code file}; a missing file gives {@link #defaults(Path)}. */
    public static CisConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return defaults(file);
        } catch (MalformedInputException e) {
            throw new ConfigException(List.of(Diagnostic.error(file, 0, 0,
                    "the file is not valid UTF-8; save it as UTF-8")));
        } catch (IOException e) {
            throw new ConfigException(List.of(Diagnostic.error(file, 0, 0, "cannot read the file: " + e)));
        }
        return parse(text, file);
    }

    /** Reads config text; {@code file} names it in messages. */
    public static CisConfig parse(String text, Path file) throws ConfigException {
        TomlTable root;
        try {
            root = TomlParser.parse(text);
        } catch (SyntaxException e) {
            throw new ConfigException(List.of(Diagnostic.error(file, e.line(), e.column(), "not valid TOML: "
                    + e.reason())));
        }
        return new ConfigReader(file).read(root);
    }

    /** {@code record_input}: whether recordings keep the input sent to sessions; true unless set to false. */
    public boolean recordInput() {
        return !Boolean.FALSE.equals(raw.get(RECORD_INPUT));
    }

    /** Agent names a DAG may use: the built-ins, then the config's own. */
    public Set<String> knownAgents() {
        Set<String> s = new LinkedHashSet<>(BuiltinAgents.NAMES);
        s.addAll(agents.keySet());
        return Collections.unmodifiableSet(s);
    }

    /** Checks the tree of a config file and collects errors and warnings. */
    private static final class ConfigReader {
        private final Path file;
        private final List<Diagnostic> errors = new ArrayList<>();
        private final List<Diagnostic> warnings = new ArrayList<>();

        ConfigReader(Path file) {
            this.file = file;
        }

        CisConfig read(TomlTable root) throws ConfigException {
            for (TomlTable.Entry e : root.entries()) {
                if (e.key().name().equals(RECORD_INPUT)) {
                    if (!(e.value() instanceof TomlBoolean)) {
                        error(e.value(), RECORD_INPUT + " must be true or false, found " + e.value().describe());
                    }
                } else if (!KNOWN_SECTIONS.contains(e.key().name())) {
                    warn(e.key().line(), e.key().column(), "unknown section '" + e.key().name() + "'"
                            + Suggestions.didYouMean(e.key().name(), KNOWN_SECTIONS) + "; it is ignored");
                }
            }
            Map<String, Map<String, Object>> agents = agents(root);
            DagDefaults defaults = dag(root, agents.keySet());
            if (!errors.isEmpty()) {
                throw new ConfigException(errors);
            }
            return new CisConfig(file, defaults, agents, root.toMap(), warnings);
        }

        private Map<String, Map<String, Object>> agents(TomlTable root) {
            Map<String, Map<String, Object>> out = new LinkedHashMap<>();
            Optional<TomlTable> section = section(root, "agents");
            if (section.isEmpty()) {
                return out;
            }
            for (TomlTable.Entry e : section.get().entries()) {
                if (e.value() instanceof TomlTable t) {
                    out.put(e.key().name(), t.toMap());
                } else {
                    error(e.value(), "agents." + e.key().name() + " must be a table ([agents." + e.key().name()
                            + "]), found " + e.value().describe());
                }
            }
            return out;
        }

        private DagDefaults dag(TomlTable root, Set<String> configAgents) {
            DagDefaults std = DagDefaults.standard();
            Optional<TomlTable> dag = section(root, "dag");
            if (dag.isEmpty()) {
                return std;
            }
            TomlTable t = dag.get();
            for (TomlTable.Entry e : t.entries()) {
                if (!DAG_KEYS.contains(e.key().name())) {
                    warn(e.key().line(), e.key().column(), "unknown key '" + e.key().name() + "' in [dag]"
                            + Suggestions.didYouMean(e.key().name(), DAG_KEYS) + "; it is ignored");
                }
            }
            int workers = (int) integer(t, "max_workers", 1, 256, std.maxWorkers());
            long timeout = integer(t, "task_timeout_secs", 1, Long.MAX_VALUE, std.taskTimeoutSecs());
            String agent = std.defaultAgent();
            Optional<TomlValue> a = t.get("default_agent");
            if (a.isPresent() && a.get() instanceof TomlString s) {
                Set<String> known = new LinkedHashSet<>(BuiltinAgents.NAMES);
                known.addAll(configAgents);
                if (!known.contains(s.value())) {
                    error(s, "dag.default_agent names '" + s.value() + "', which is not a known agent"
                            + Suggestions.didYouMean(s.value(), known) + "; known agents: " + String.join(", ", known));
                }
                agent = s.value();
            } else if (a.isPresent()) {
                error(a.get(), "dag.default_agent must be a string, found " + a.get().describe());
            }
            return new DagDefaults(workers, agent, timeout);
        }

        private long integer(TomlTable t, String key, long min, long max, long fallback) {
            Optional<TomlValue> v = t.get(key);
            if (v.isEmpty()) {
                return fallback;
            }
            if (!(v.get() instanceof TomlInteger i)) {
                error(v.get(), "dag." + key + " must be an integer, found " + v.get().describe());
                return fallback;
            }
            if (i.value() < min || i.value() > max) {
                String range = max == Long.MAX_VALUE ? "greater than 0" : "between " + min + " and " + max;
                error(i, "dag." + key + " must be " + range + ", found " + i.value());
                return fallback;
            }
            return i.value();
        }

        private Optional<TomlTable> section(TomlTable root, String name) {
            Optional<TomlValue> v = root.get(name);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            if (v.get() instanceof TomlTable t) {
                return Optional.of(t);
            }
            error(v.get(), "'" + name + "' must be a table ([" + name + "]), found " + v.get().describe());
            return Optional.empty();
        }

        private void error(TomlValue at, String message) {
            errors.add(Diagnostic.error(file, at.line(), at.column(), message));
        }

        private void warn(int line, int column, String message) {
            warnings.add(Diagnostic.warning(file, line, column, message));
        }
    }
}
