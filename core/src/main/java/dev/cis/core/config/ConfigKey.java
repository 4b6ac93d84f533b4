package dev.cis.core.config;

import dev.cis.core.text.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting of {@code config.toml}: {@code [section] name}, its type, default, allowed range and what it does.
 *
 * @param section     the table it lives in, e.g. {@code monitor}
 * @param name        its key in that table, e.g. {@code silence}
 * @param type        the kind of value
 * @param fallback    the default, of the type's Java class (Long, String, Duration, Boolean); null for none
 * @param min         the smallest allowed integer or duration in milliseconds
 * @param max         the largest allowed integer or duration in milliseconds
 * @param live        true when a running node applies a change to new runs; false when it needs a restart
 * @param description one line for {@code cis config show}
 */
public record ConfigKey(String section, String name, Type type, Object fallback, long min, long max, boolean live,
        String description) {

    /** The kinds of values a setting takes. */
    public enum Type { INTEGER, STRING, DURATION, BOOLEAN }

    public ConfigKey {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    static ConfigKey integer(String section, String name, long fallback, long min, long max, boolean live,
            String description) {
        return new ConfigKey(section, name, Type.INTEGER, fallback, min, max, live, description);
    }

    static ConfigKey string(String section, String name, String fallback, boolean live, String description) {
        return new ConfigKey(section, name, Type.STRING, fallback, 0, 0, live, description);
    }

    static ConfigKey duration(String section, String name, Duration fallback, Duration min, Duration max,
            boolean live, String description) {
        return new ConfigKey(section, name, Type.DURATION, fallback, min.toMillis(), max.toMillis(), live,
                description);
    }

    static ConfigKey bool(String section, String name, boolean fallback, boolean live, String description) {
        return new ConfigKey(section, name, Type.BOOLEAN, fallback, 0, 0, live, description);
    }

    /** {@code section.name}, as {@code --set} and messages spell it. */
    public String path() {
        return section + "." + name;
    }

    /** The environment variable that sets it: {@code CIS_SECTION_NAME}. */
    public String envVar() {
        return ("CIS_" + section + "_" + name).toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }

    /**
     * Reads {@code text} (from the environment or a flag) as a value of this key.
     *
     * @return the value, or empty with {@code problem} set to why not
     */
    Optional<Object> fromText(String text, StringBuilder problem) {
        String t = text.strip();
        switch (type) {
            case INTEGER -> {
                try {
                    return inRange(Long.parseLong(t), problem);
                } catch (NumberFormatException e) {
                    problem.append(path()).append(" must be an integer, found '").append(text).append("'");
                    return Optional.empty();
                }
            }
            case DURATION -> {
                Optional<Duration> d = Durations.parse(t);
                if (d.isEmpty()) {
                    problem.append(path()).append(" must be a duration, ").append(Durations.FORM)
                            .append("; found '").append(text).append("'");
                    return Optional.empty();
                }
                return inRange(d.get(), problem);
            }
            case BOOLEAN -> {
                if (t.equals("true") || t.equals("false")) {
                    return Optional.of(Boolean.parseBoolean(t));
                }
                problem.append(path()).append(" must be true or false, found '").append(text).append("'");
                return Optional.empty();
            }
            default -> {
                return Optional.of(t);
            }
        }
    }

    /** Checks an integer or a duration against the range; empty with {@code problem} set when outside. */
    Optional<Object> inRange(Object value, StringBuilder problem) {
        long v = value instanceof Duration d ? d.toMillis() : (Long) value;
        if (v >= min && v <= max) {
            return Optional.of(value);
        }
        String shown = value instanceof Duration d ? Durations.format(d) : String.valueOf(v);
        problem.append(path()).append(" must be ").append(range()).append(", found ").append(shown);
        return Optional.empty();
    }

    private String range() {
        if (type == Type.DURATION) {
            return max == Long.MAX_VALUE ? "at least " + Durations.format(Duration.ofMillis(min))
                    : "between " + Durations.format(Duration.ofMillis(min)) + " and "
                            + Durations.format(Duration.ofMillis(max));
        }
        return max == Long.MAX_VALUE ? (min == 1 ? "greater than 0" : "at least " + min)
                : "between " + min + " and " + max;
    }

    /** How {@code value} (of this key's type) is written in {@code config.toml}. */
    public String format(Object value) {
        if (value == null) {
            return "(not set)";
        }
        return switch (type) {
            case STRING -> "\"" + value + "\"";
            case DURATION -> "\"" + Durations.format((Duration) value) + "\"";
            default -> String.valueOf(value);
        };
    }
}
