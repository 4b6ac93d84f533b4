package dev.cis.core.agent;

import dev.cis.core.text.Suggestions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Applies one {@code [agents.NAME]} table of the config to a profile builder. Every problem is
 * collected with the key it concerns; nothing is silently ignored.
 */
final class ProfileTable {

    static final Set<String> KEYS = new TreeSet<>(List.of("extends", "description", "executable", "args",
            "prompt_delivery", "ready_pattern", "bracketed_paste", "submit_delay_ms", "env", "blocked_patterns",
            "finished_pattern", "finished_quiet_ms", "output", "output_field", "output_marker", "answer_yes",
            "answer_no", "auto_answer", "auto_answers"));

    private final String name;
    private final Map<String, Object> table;
    private final List<String> problems;

    ProfileTable(String name, Map<String, Object> table, List<String> problems) {
        this.name = name;
        this.table = table;
        this.problems = problems;
    }

    private void problem(String key, String message) {
        problems.add("agents." + name + (key == null ? "" : "." + key) + ": " + message);
    }

    void checkKeys() {
        for (String key : table.keySet()) {
            if (!KEYS.contains(key)) {
                String hint = Suggestions.closest(key, KEYS).map(k -> " (did you mean \"" + k + "\"?)").orElse("");
                problem(key, "unknown key" + hint);
            }
        }
    }

    /** Applies every key but {@code extends} to {@code b}. */
    void applyTo(AgentProfile.Builder b) {
        string("description").ifPresent(b::description);
        string("executable").ifPresent(v -> {
            if (v.isBlank()) {
                problem("executable", "must not be empty");
            } else {
                b.executable(v);
            }
        });
        stringList("args").ifPresent(b::args);
        string("prompt_delivery").ifPresent(v -> delivery(v, b));
        regex("ready_pattern").ifPresent(v -> b.readyPattern(v.isEmpty() ? null : v));
        bool("bracketed_paste").ifPresent(b::bracketedPaste);
        millis("submit_delay_ms").ifPresent(b::submitDelay);
        stringMap("env").ifPresent(env -> env.forEach((k, v) -> {
            if (v.isEmpty()) {
                b.removeEnv(k);
            } else {
                b.putEnv(k, v);
            }
        }));
        blockedPatterns(b);
        regex("finished_pattern").ifPresent(v -> b.finishedPattern(v.isEmpty() ? null : v));
        millis("finished_quiet_ms").ifPresent(b::finishedQuiet);
        output(b);
        string("answer_yes").ifPresent(b::answerYes);
        string("answer_no").ifPresent(b::answerNo);
        bool("auto_answer").ifPresent(b::autoAnswer);
        autoAnswers(b);
    }

    private void delivery(String value, AgentProfile.Builder b) {
        try {
            b.promptDelivery(PromptDelivery.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problem("prompt_delivery", "\"" + value + "\" is not one of argument, stdin, typed");
        }
    }

    private void blockedPatterns(AgentProfile.Builder b) {
        stringMap("blocked_patterns").ifPresent(map -> map.forEach((patternName, regex) -> {
            if (regex.isEmpty()) {
                b.removeBlocked(patternName);
            } else if (validRegex("blocked_patterns." + patternName, regex)) {
                b.blocked(patternName, regex);
            }
        }));
    }

    private void output(AgentProfile.Builder b) {
        String mode = string("output").orElse(null);
        String field = string("output_field").orElse(null);
        String marker = regex("output_marker").orElse(null);
        if (mode == null) {
            if (field != null || marker != null) {
                problem(field != null ? "output_field" : "output_marker", "needs \"output\" to be set as well");
            }
            return;
        }
        switch (mode.toLowerCase(Locale.ROOT)) {
            case "raw" -> b.output(OutputExtraction.raw());
            case "last_block" -> b.output(OutputExtraction.lastBlock());
            case "json_field" -> {
                if (field == null || field.isBlank()) {
                    problem("output_field", "required when output = \"json_field\" (e.g. \"result\")");
                } else {
                    b.output(OutputExtraction.jsonField(field));
                }
            }
            case "after_marker" -> {
                if (marker == null || marker.isEmpty()) {
                    problem("output_marker", "required when output = \"after_marker\" (a regular expression)");
                } else {
                    b.output(OutputExtraction.afterMarker(marker));
                }
            }
            default -> problem("output", "\"" + mode + "\" is not one of raw, json_field, last_block, after_marker");
        }
    }


    private void autoAnswers(AgentProfile.Builder b) {
        Object value = table.get("auto_answers");
        if (value == null) {
            return;
        }
        if (!(value instanceof List<?> list)) {
            problem("auto_answers", "must be an array of tables like { pattern = '...', reply = \"y\\r\" }");
            return;
        }
        b.clearAutoAnswerRules();
        for (int i = 0; i < list.size(); i++) {
            String key = "auto_answers[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> rule)) {
                problem(key, "must be a table with pattern and reply");
                continue;
            }
            Object pattern = rule.get("pattern");
            Object reply = rule.get("reply");
            Object ruleName = rule.get("name");
            for (Object k : rule.keySet()) {
                if (!Set.of("pattern", "reply", "name").contains(String.valueOf(k))) {
                    problem(key + "." + k, "unknown key (a rule has pattern, reply and optional name)");
                }
            }
            if (!(pattern instanceof String p) || !(reply instanceof String r)) {
                problem(key, "needs string values for pattern and reply");
                continue;
            }
            if (validRegex(key + ".pattern", p)) {
                b.autoAnswerRule(ruleName instanceof String n ? n : "rule-" + (i + 1), p, r);
            }
        }
    }

    Optional<String> string(String key) {
        Object v = table.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return Optional.of(s);
        }
        problem(key, "must be a string, not " + describe(v));
        return Optional.empty();
    }

    private Optional<String> regex(String key) {
        return string(key).filter(v -> v.isEmpty() || validRegex(key, v));
    }

    private boolean validRegex(String key, String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            problem(key, "invalid regular expression: " + e.getDescription() + " near index " + e.getIndex()
                    + " of " + regex);
            return false;
        }
    }

    private Optional<Boolean> bool(String key) {
        Object v = table.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        problem(key, "must be true or false, not " + describe(v));
        return Optional.empty();
    }

    private Optional<Duration> millis(String key) {
        Object v = table.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if ((v instanceof Integer || v instanceof Long) && ((Number) v).longValue() >= 0
                && ((Number) v).longValue() <= 3_600_000) {
            return Optional.of(Duration.ofMillis(((Number) v).longValue()));
        }
        problem(key, "must be a whole number of milliseconds from 0 to 3600000, not " + describe(v));
        return Optional.empty();
    }

    private Optional<List<String>> stringList(String key) {
        Object v = table.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            List<String> out = new ArrayList<>();
            list.forEach(o -> out.add((String) o));
            return Optional.of(out);
        }
        problem(key, "must be an array of strings, not " + describe(v));
        return Optional.empty();
    }

    private Optional<Map<String, String>> stringMap(String key) {
        Object v = table.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Map<?, ?> map && map.values().stream().allMatch(String.class::isInstance)) {
            Map<String, String> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(String.valueOf(k), (String) val));
            return Optional.of(out);
        }
        problem(key, "must be a table of strings, not " + describe(v));
        return Optional.empty();
    }

    private static String describe(Object v) {
        if (v instanceof String s) {
            return "the string \"" + s + "\"";
        }
        if (v instanceof List<?>) {
            return "an array";
        }
        if (v instanceof Map<?, ?>) {
            return "a table";
        }
        return (v instanceof Boolean ? "the boolean " : "the number ") + v;
    }
}
