package dev.cis.core.agent;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A regular expression with a name that says what it means ("permission", "yes_no", "trust"). The
 * pattern is searched for (not matched whole) in the text of the screen.
 */
public record NamedPattern(String name, Pattern pattern) {

    public NamedPattern {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
    }

    /** Compiles {@code regex} with {@link Pattern#MULTILINE}, so {@code ^} and {@code $} work per line. */
    public static NamedPattern of(String name, String regex) {
        return new NamedPattern(name, Patterns.compile(regex));
    }

    public boolean foundIn(CharSequence screen) {
        return pattern.matcher(screen).find();
    }

    @Override
    public String toString() {
        return name + "=" + pattern.pattern();
    }
}
