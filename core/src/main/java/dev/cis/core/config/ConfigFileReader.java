package dev.cis.core.config;

import dev.cis.core.dag.Diagnostic;
import dev.cis.core.text.Durations;
import dev.cis.core.text.Suggestions;
import dev.cis.core.toml.TomlBoolean;
import dev.cis.core.toml.TomlInteger;
import dev.cis.core.toml.TomlString;
import dev.cis.core.toml.TomlTable;
import dev.cis.core.toml.TomlValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the tree of a {@code config.toml} against {@link ConfigKeys}: unknown sections and keys, wrong types
 * and out-of-range values are errors naming {@code FILE:LINE:COL}, with "did you mean" where a known name is
 * close. Collects every problem before giving up.
 */
final class ConfigFileReader {

    private final Path file;
    final List<Diagnostic> errors = new ArrayList<>();
    final Map<ConfigKey, ConfigValue> values = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> agents = new LinkedHashMap<>();
    final Map<String, Map<String, String>> patterns = new LinkedHashMap<>();
    /** Line and column of each setting the file sets. */
    final Map<ConfigKey, int[]> positions = new LinkedHashMap<>();

    ConfigFileReader(Path file) {
        this.file = file;
    }

    void read(TomlTable root) {
        for (TomlTable.Entry e : root.entries()) {
            String section = e.key().name();
            if (!ConfigKeys.sections().contains(section)) {
                error(e.key().line(), e.key().column(), "unknown section '" + section + "'"
                        + Suggestions.didYouMean(section, ConfigKeys.sections()) + "; known sections: "
                        + String.join(", ", ConfigKeys.sections()));
            } else if (!(e.value() instanceof TomlTable t)) {
                error(e.value(), "'" + section + "' must be a table ([" + section + "]), found " + e.value().describe());
            } else if (section.equals("agents")) {
                agents(t);
            } else {
                section(section, t);
            }
        }
    }

    private void section(String section, TomlTable t) {
        Map<String, ConfigKey> keys = ConfigKeys.of(section);
        for (TomlTable.Entry e : t.entries()) {
            String name = e.key().name();
            ConfigKey key = keys.get(name);
            if (key != null) {
                value(key, e.value());
            } else if (section.equals("monitor") && name.equals("patterns")) {
                patterns(e.value());
            } else if (!ConfigKeys.SUBTABLES.getOrDefault(section, java.util.Set.of()).contains(name)) {
                error(e.key().line(), e.key().column(), "unknown key '" + name + "' in [" + section + "]"
                        + Suggestions.didYouMean(name, ConfigKeys.namesIn(section)) + "; known keys: "
                        + String.join(", ", ConfigKeys.namesIn(section)));
            }
        }
    }

    private void value(ConfigKey key, TomlValue v) {
        Object raw = switch (key.type()) {
            case INTEGER -> v instanceof TomlInteger i ? i.value() : null;
            case STRING -> v instanceof TomlString s ? s.value() : null;
            case BOOLEAN -> v instanceof TomlBoolean b ? b.value() : null;
            case DURATION -> v instanceof TomlString s ? Durations.parse(s.value()).orElse(null) : null;
        };
        if (raw == null) {
            error(v, key.path() + " must be " + expected(key) + ", found " + v.describe());
            return;
        }
        Object checked = raw;
        if (key.type() == ConfigKey.Type.INTEGER || key.type() == ConfigKey.Type.DURATION) {
            StringBuilder problem = new StringBuilder();
            Optional<Object> ok = key.inRange(raw, problem);
            if (ok.isEmpty()) {
                error(v, problem.toString());
                return;
            }
        }
        positions.put(key, new int[] {v.line(), v.column()});
        values.put(key, new ConfigValue(key, checked, ConfigSource.FILE, file + ":" + v.line() + ":" + v.column()));
    }

    private static String expected(ConfigKey key) {
        return switch (key.type()) {
            case INTEGER -> "an integer";
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case DURATION -> "a duration in quotes, " + Durations.FORM;
        };
    }

    private void agents(TomlTable section) {
        for (TomlTable.Entry e : section.entries()) {
            if (e.value() instanceof TomlTable t) {
                agents.put(e.key().name(), t.toMap());
            } else {
                error(e.value(), "agents." + e.key().name() + " must be a table ([agents." + e.key().name()
                        + "]), found " + e.value().describe());
            }
        }
    }

    /** {@code [monitor.patterns.AGENT]}: name = regex, questions added to that agent's profile. */
    private void patterns(TomlValue v) {
        if (!(v instanceof TomlTable byAgent)) {
            error(v, "monitor.patterns must be a table ([monitor.patterns.AGENT]), found " + v.describe());
            return;
        }
        for (TomlTable.Entry agent : byAgent.entries()) {
            if (!(agent.value() instanceof TomlTable named)) {
                error(agent.value(), "monitor.patterns." + agent.key().name() + " must be a table of name = \"regex\""
                        + ", found " + agent.value().describe());
                continue;
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (TomlTable.Entry p : named.entries()) {
                if (p.value() instanceof TomlString s) {
                    out.put(p.key().name(), s.value());
                } else {
                    error(p.value(), "monitor.patterns." + agent.key().name() + "." + p.key().name()
                            + " must be a regex string, found " + p.value().describe());
                }
            }
            patterns.put(agent.key().name(), out);
        }
    }

    private void error(TomlValue at, String message) {
        error(at.line(), at.column(), message);
    }

    private void error(int line, int column, String message) {
        errors.add(Diagnostic.error(file, line, column, message));
    }
}
