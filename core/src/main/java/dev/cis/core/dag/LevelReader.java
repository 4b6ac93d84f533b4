package dev.cis.core.dag;

import dev.cis.core.text.Suggestions;

import dev.cis.core.toml.TomlInteger;
import dev.cis.core.toml.TomlString;
import dev.cis.core.toml.TomlTable;
import dev.cis.core.toml.TomlValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a task's {@code level}: a table {@code {type = "...", ...}} or just the type as a string. */
final class LevelReader {

    /** The level, and the {@code retry} older files put inside it (null when absent). */
    record Read(Level level, TomlInteger retry) {
    }

    private static final List<String> TYPES = Arrays.stream(Level.Type.values()).map(Level.Type::fileName).toList();
    private static final List<String> ACTIONS =
            Arrays.stream(Level.DefaultAction.values()).map(Level.DefaultAction::fileName).toList();

    private final Problems problems;

    LevelReader(Problems problems) {
        this.problems = problems;
    }

    Read read(Fields task) {
        Optional<TomlValue> raw = task.raw("level");
        if (raw.isEmpty()) {
            return new Read(Level.MECHANICAL, null);
        }
        if (raw.get() instanceof TomlString s) {
            Optional<Level.Type> type = type(s, task.where());
            if (type.isPresent() && type.get() == Level.Type.ARBITRATED) {
                problems.error(s, "level 'arbitrated' of " + task.where() + " needs 'stakeholders'; write level = "
                        + "{ type = \"arbitrated\", stakeholders = [\"@ana:example.org\", ...] }");
            } else if (type.isPresent() && type.get() == Level.Type.RECOMMENDED) {
                problems.warning(s, "level 'recommended' of " + task.where() + " has no 'timeout': it waits for a"
                        + " person like 'confirmed'; write level = { type = \"recommended\", timeout = SECONDS }");
            }
            return new Read(type.map(LevelReader::simple).orElse(Level.MECHANICAL), null);
        }
        Optional<TomlTable> table = task.table("level");
        if (table.isEmpty()) {
            return new Read(Level.MECHANICAL, null);
        }
        Fields f = new Fields(table.get(), "the level of " + task.where(), problems);
        f.rejectUnknownKeys(DagKeys.LEVEL, Map.of());
        Level.Type type = f.string("type").flatMap(s -> type(s, task.where())).orElse(Level.Type.MECHANICAL);
        long timeout = f.integer("timeout", 1, Long.MAX_VALUE).orElse(0L);
        Level.DefaultAction action = f.string("default_action").flatMap(s -> action(s, task.where()))
                .orElse(Level.DefaultAction.EXECUTE);
        List<String> stakeholders = f.strings("stakeholders").orElse(List.of()).stream()
                .map(TomlString::value).toList();
        checkUse(f, type);
        if (type == Level.Type.ARBITRATED && stakeholders.isEmpty()) {
            problems.error(f.raw("stakeholders").orElse(table.get()), "level 'arbitrated' of " + task.where()
                    + " needs 'stakeholders': the Matrix users whose majority approves, e.g. [\"@ana:example.org\"]");
        }
        TomlInteger retry = null;
        if (f.integer("retry", 0, TaskTableReader.MAX_RETRY).isPresent()) {
            retry = (TomlInteger) f.raw("retry").orElseThrow();
        }
        return new Read(new Level(type, timeout, action, stakeholders), retry);
    }

    /** Warns about keys that the chosen type does not use. */
    private void checkUse(Fields f, Level.Type type) {
        if (type != Level.Type.RECOMMENDED) {
            notUsed(f, "timeout", "recommended", type);
            notUsed(f, "default_action", "recommended", type);
        } else if (!f.has("timeout")) {
            problems.warning(f.table(), "level 'recommended' of " + f.where().replace("the level of ", "")
                    + " has no 'timeout': it waits for a person like 'confirmed'; add timeout = SECONDS");
        }
        if (type != Level.Type.ARBITRATED) {
            notUsed(f, "stakeholders", "arbitrated", type);
        }
    }

    private void notUsed(Fields f, String key, String usedBy, Level.Type type) {
        f.table().key(key).ifPresent(k -> problems.warning(k, "'" + key + "' in " + f.where()
                + " is not used: only level '" + usedBy + "' uses it, this one is '" + type.fileName() + "'"));
    }

    private Optional<Level.Type> type(TomlString s, String where) {
        Optional<Level.Type> t = Level.Type.fromFileName(s.value());
        if (t.isEmpty()) {
            problems.error(s, "unknown level type '" + s.value() + "' in " + where
                    + Suggestions.didYouMean(s.value(), TYPES) + "; level types: " + String.join(", ", TYPES));
        }
        return t;
    }

    private Optional<Level.DefaultAction> action(TomlString s, String where) {
        Optional<Level.DefaultAction> a = Level.DefaultAction.fromFileName(s.value());
        if (a.isEmpty()) {
            problems.error(s, "unknown default_action '" + s.value() + "' in the level of " + where
                    + Suggestions.didYouMean(s.value(), ACTIONS) + "; choose one of " + String.join(", ", ACTIONS));
        }
        return a;
    }

    private static Level simple(Level.Type type) {
        return new Level(type, 0, Level.DefaultAction.EXECUTE, List.of());
    }
}
