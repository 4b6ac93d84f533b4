package dev.cis.core.agent;

import java.util.regex.Pattern;

/** How profile patterns are compiled: multi-line, so {@code ^} and {@code $} work on each screen line. */
final class Patterns {

    private Patterns() {
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.MULTILINE);
    }
}
