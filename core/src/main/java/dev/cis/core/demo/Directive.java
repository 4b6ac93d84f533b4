package dev.cis.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instruction to the fake agent, written in its prompt in square brackets: {@code [ask: Apply? (y/n)]},
 * {@code [sleep 2]}, {@code [exit 3]}, {@code [fail-attempts 1]}, {@code [print-lines 100]},
 * {@code [output: TEXT]}, {@code [write-output-file]}, {@code [silent 5]}, {@code [repl]}.
 */
record Directive(String name, String argument) {

    private static final Pattern SYNTAX = Pattern.compile(
            "\\[(ask|sleep|exit|fail-attempts|print-lines|output|write-output-file|silent|repl)(?:\\s*:\\s*|\\s+)?([^\\]]*)]");

    /** The directives in {@code text}, in order. */
    static List<Directive> parse(String text) {
        List<Directive> out = new ArrayList<>();
        Matcher m = SYNTAX.matcher(text);
        while (m.find()) {
            out.add(new Directive(m.group(1), m.group(2).trim()));
        }
        return out;
    }

    /** {@code text} without its directives, spaces tidied. */
    static String strip(String text) {
        return SYNTAX.matcher(text).replaceAll("").replaceAll("[ \\t]+", " ").trim();
    }

    double seconds() {
        try {
            return Math.max(0, Double.parseDouble(argument));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    int number(int fallback) {
        try {
            return Integer.parseInt(argument);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
