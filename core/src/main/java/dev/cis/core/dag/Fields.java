package dev.cis.core.dag;

import dev.cis.core.text.Suggestions;

import dev.cis.core.toml.TomlArray;
import dev.cis.core.toml.TomlBoolean;
import dev.cis.core.toml.TomlFloat;
import dev.cis.core.toml.TomlInteger;
import dev.cis.core.toml.TomlString;
import dev.cis.core.toml.TomlTable;
import dev.cis.core.toml.TomlValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of one table's keys. A missing key gives an empty result; a key of the wrong type or out of
 * range is reported (at the value) and also gives an empty result, so that reading goes on.
 */
final class Fields {

    private final TomlTable table;
    private final String where;
    private final Problems problems;

    /** {@code where} names the table in messages, e.g. {@code task 'build'} or {@code [dag]}. */
    Fields(TomlTable table, String where, Problems problems) {
        this.table = table;
        this.where = where;
        this.problems = problems;
    }

    String where() {
        return where;
    }

    TomlTable table() {
        return table;
    }

    boolean has(String key) {
        return table.has(key);
    }

    Optional<TomlValue> raw(String key) {
        return table.get(key);
    }

    /** Reports every key that is not in {@code known}, with a hint when one is close. */
    void rejectUnknownKeys(Collection<String> known, Map<String, String> hints) {
        for (TomlTable.Entry e : table.entries()) {
            String k = e.key().name();
            if (known.contains(k)) {
                continue;
            }
            String hint = hints.containsKey(k) ? " (" + hints.get(k) + ")" : Suggestions.didYouMean(k, known);
            problems.error(e.key(), "unknown key '" + k + "' in " + where + hint);
        }
    }

    Optional<TomlString> string(String key) {
        return typed(key, TomlString.class, "a string");
    }

    /** A string without NUL characters (which no command line or environment can carry). */
    Optional<TomlString> text(String key) {
        Optional<TomlString> s = string(key);
        if (s.isPresent() && s.get().value().indexOf('\0') >= 0) {
            problems.error(s.get(), "'" + key + "' in " + where + " contains a NUL character (\\u0000); remove it");
            return Optional.empty();
        }
        return s;
    }

    Optional<Boolean> bool(String key) {
        return typed(key, TomlBoolean.class, "true or false").map(TomlBoolean::value);
    }

    Optional<TomlTable> table(String key) {
        return typed(key, TomlTable.class, problems.isJson() ? "an object" : "a table");
    }

    /** An integer in {@code min..max}. */
    Optional<Long> integer(String key, long min, long max) {
        Optional<TomlInteger> v = typed(key, TomlInteger.class, "an integer");
        if (v.isPresent() && (v.get().value() < min || v.get().value() > max)) {
            problems.error(v.get(), "'" + key + "' in " + where + " must be " + range(min, max) + ", found "
                    + v.get().value());
            return Optional.empty();
        }
        return v.map(TomlInteger::value);
    }

    /** A finite number (integer or float) of at least {@code min}. */
    Optional<Double> number(String key, double min) {
        Optional<TomlValue> v = table.get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        double d;
        if (v.get() instanceof TomlInteger i) {
            d = i.value();
        } else if (v.get() instanceof TomlFloat f) {
            d = f.value();
        } else {
            return wrongType(key, v.get(), "a number");
        }
        if (!(d >= min) || Double.isInfinite(d)) {
            problems.error(v.get(), "'" + key + "' in " + where + " must be a number of at least " + format(min)
                    + ", found " + v.get().describe().replaceFirst("^(integer|float) ", ""));
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** An array of strings; a single string is taken as a list of one. */
    Optional<List<TomlString>> strings(String key) {
        Optional<TomlValue> v = table.get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof TomlString s) {
            return Optional.of(List.of(s));
        }
        if (!(v.get() instanceof TomlArray a)) {
            return wrongType(key, v.get(), "an array of strings");
        }
        List<TomlString> out = new ArrayList<>(a.size());
        for (TomlValue item : a.items()) {
            if (item instanceof TomlString s) {
                out.add(s);
            } else {
                problems.error(item, "items of '" + key + "' in " + where + " must be strings, found "
                        + problems.describe(item));
            }
        }
        return Optional.of(out);
    }

    /** A table of string values (environment variables). */
    Optional<Map<String, String>> environment(String key) {
        Optional<TomlTable> t = table(key);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (TomlTable.Entry e : t.get().entries()) {
            String name = e.key().name();
            if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
                problems.error(e.key(), "'" + name + "' in '" + key + "' of " + where
                        + " is not a valid environment variable name (it must be non-empty, without '=' or NUL)");
            } else if (!(e.value() instanceof TomlString s)) {
                boolean scalar = e.value() instanceof TomlInteger || e.value() instanceof TomlFloat
                        || e.value() instanceof TomlBoolean;
                String quoted = scalar ? " (write it in quotes: \"" + e.value().toJava() + "\")" : "";
                problems.error(e.value(), "environment variable '" + name + "' in " + where
                        + " must be a string, found " + problems.describe(e.value()) + quoted);
            } else if (s.value().indexOf('\0') >= 0) {
                problems.error(s, "environment variable '" + name + "' in " + where + " contains a NUL character");
            } else {
                env.put(name, s.value());
            }
        }
        return Optional.of(env);
    }

    private <T extends TomlValue> Optional<T> typed(String key, Class<T> type, String expected) {
        Optional<TomlValue> v = table.get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!type.isInstance(v.get())) {
            return wrongType(key, v.get(), expected);
        }
        return Optional.of(type.cast(v.get()));
    }

    private <T> Optional<T> wrongType(String key, TomlValue found, String expected) {
        problems.error(found, "'" + key + "' in " + where + " must be " + expected + ", found "
                + problems.describe(found));
        return Optional.empty();
    }

    private static String range(long min, long max) {
        if (max == Long.MAX_VALUE) {
            return min == 1 ? "greater than 0" : "at least " + min;
        }
        return "between " + min + " and " + max;
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
