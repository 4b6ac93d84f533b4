package dev.cis.core.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One file per kind of mistake in {@code src/test/resources/dag/bad/}; each must give exactly the listed
 * diagnostics, at the listed line and column.
 */
class BadDagFilesTest {

    static final Path BAD = Path.of("src/test/resources/dag/bad");

    record Expected(Severity severity, int line, int column, String text) {
        static Expected error(int line, int column, String text) {
            return new Expected(Severity.ERROR, line, column, text);
        }

        static Expected warning(int line, int column, String text) {
            return new Expected(Severity.WARNING, line, column, text);
        }

        boolean matches(Diagnostic d) {
            return d.severity() == severity && d.line() == line && d.column() == column && d.message().contains(text);
        }
    }

    static final Map<String, List<Expected>> EXPECTED = new TreeMap<>();

    static {
        expect("toml-syntax.toml", Expected.error(2, 8, "not valid TOML: unterminated string"));
        expect("unknown-task-key.toml", Expected.error(11, 1,
                "unknown key 'dep' in task 'test' (did you mean 'deps'?)"));
        expect("unknown-dag-key.toml", Expected.error(2, 1,
                "unknown key 'max_worker' in [dag] (did you mean 'max_workers'?)"));
        expect("unknown-top-level-key.toml",
                Expected.error(1, 1, "the DAG has no tasks"),
                Expected.error(4, 3,
                        "unknown key 'task' in the top level of the file (tasks are written [[dag.tasks]]"));
        expect("missing-dep.toml",
                Expected.error(11, 14, "deps of task 'b' names 'x', which is not a task of this file (tasks: a, b, c)"),
                Expected.error(16, 9, "deps of task 'c' names 'bb', which is not a task of this file"));
        expect("cycle.toml", Expected.error(7, 9, "dependency cycle: a -> c -> b -> a"));
        expect("self-cycle.toml", Expected.error(4, 9, "dependency cycle: loop -> loop"));
        expect("duplicate-id.toml", Expected.error(9, 6, "duplicate id 'a' (first defined at line 5)"));
        expect("missing-id.toml", Expected.error(4, 1, "task #1 has no 'id'"));
        expect("invalid-id.toml", Expected.error(5, 6, "id 'my task' of task #1 is not valid"));
        expect("wrong-type.toml",
                Expected.error(2, 15, "'max_workers' in [dag] must be an integer, found string \"4\""),
                Expected.error(7, 9, "'retry' in task 'a' must be an integer, found float 2.5"),
                Expected.error(8, 18, "'inject_context' in task 'a' must be true or false, found string \"yes\""),
                Expected.error(9, 14, "items of 'deps' in task 'a' must be strings, found integer 3"),
                Expected.error(14, 16, "environment variable 'PORT' in task 'b' must be a string, found integer 8080"
                        + " (write it in quotes: \"8080\")"));
        expect("out-of-range.toml",
                Expected.error(2, 15, "'max_workers' in [dag] must be between 1 and 256, found 0"),
                Expected.error(3, 16, "'timeout_secs' in [dag] must be greater than 0, found -5"),
                Expected.error(8, 9, "'retry' in task 'a' must be between 0 and 20, found 21"),
                Expected.error(9, 16, "'timeout_secs' in task 'a' must be greater than 0, found 0"),
                Expected.error(10, 22, "'retry_backoff_secs' in task 'a' must be a number of at least 0, found -1"));
        expect("unknown-agent.toml", Expected.error(6, 9, "unknown agent 'claud' in task 'a' (did you mean 'claude'?);"
                + " known agents: shell, claude, codex, aider, opencode, gemini, kimi, fake-agent"));
        expect("unknown-level.toml", Expected.error(7, 18, "unknown level type 'confirm' in task 'a' (did you mean"
                + " 'confirmed'?); level types: mechanical, confirmed, recommended, arbitrated"));
        expect("unknown-policy.toml", Expected.error(2, 10, "unknown policy 'all-success' in [dag] (did you mean"
                + " 'all_success'?); policies: all_success, allow_failure, first_success"));
        expect("no-prompt.toml", Expected.error(4, 1, "task 'a' has neither 'prompt' nor 'command'"));
        expect("only-skill.toml",
                Expected.warning(1, 2, "the [skill] table is accepted for compatibility with older files and not used"),
                Expected.error(9, 1, "task 'review' has only 'skill' (an older format)"),
                Expected.warning(11, 1, "'reuse_agent' in task 'review' is accepted for compatibility with older files"
                        + " and not used"));
        expect("no-tasks.toml", Expected.error(1, 1, "the DAG has no tasks; add a [[dag.tasks]] table"));
        expect("duplicate-key.toml", Expected.error(3, 1,
                "not valid TOML: duplicate key 'name' (first defined at line 2)"));
        expect("table-redefined.toml", Expected.error(4, 1,
                "not valid TOML: table [dag] is defined twice (first at line 1)"));
        expect("shell-prompt-and-command.toml", Expected.error(5, 11, "sets both 'prompt' and 'command'; keep one"));
        expect("arbitrated-without-stakeholders.toml", Expected.error(4, 9, "level 'arbitrated' of task 'vote' needs"
                + " 'stakeholders'"));
        expect("tasks-twice.toml", Expected.error(5, 3, "tasks are given twice"));
        expect("nesting-too-deep.toml", Expected.error(1, 133, "nested deeper than 128 levels"));
        expect("nul-byte.toml", Expected.error(6, 14, "character U+0000 is not allowed in a string"));
        expect("invalid-utf8.toml", Expected.error(2, 12, "the file is not valid UTF-8 (byte 0xE9); save it as UTF-8"));
        expect("json-syntax.json", Expected.error(6, 5, "not valid JSON: Unexpected character (']'"));
        expect("json-duplicate-key.json", Expected.error(4, 5,
                "not valid JSON: duplicate key \"name\" (first defined at line 3)"));
        expect("json-unknown-key.json",
                Expected.error(4, 38, "unknown key 'depends_on' in task 'a' (cis calls it 'deps')"),
                Expected.error(5, 7, "task 'b' has neither 'prompt' nor 'command'"),
                Expected.error(5, 19, "unknown key 'comand' in task 'b' (did you mean 'command'?)"));
        expect("json-missing-dep.json", Expected.error(5, 55,
                "deps of task 'test' names 'biuld', which is not a task of"
                + " this file (did you mean 'build'?) (tasks: build, test)"));
        expect("json-cycle.json", Expected.error(3, 45, "dependency cycle: a -> b -> a"));
        expect("json-wrong-type.json",
                Expected.error(3, 20, "'max_workers' in [dag] must be an integer, found float 4.5"),
                Expected.error(5, 47, "'level' in task 'a' must be an object, found array"),
                Expected.error(5, 75, "environment variable 'N' in task 'a' must be a string, found boolean true"),
                Expected.error(6, 7,
                        "task #2 must be an object with an id and a prompt or command, found string \"b\""));
        expect("json-null.json", Expected.error(3, 13, "\"name\" is null; leave the key out or give it a value"));
        expect("json-not-object.json", Expected.error(1, 1,
                "expected a JSON object { ... } at the top, found an array"));
        expect("json-unknown-agent.json",
                Expected.error(3, 22,
                        "unknown agent 'open-code' in 'default_agent' of [dag] (did you mean 'opencode'?)"),
                Expected.error(4, 60, "unknown agent 'claude_code' in task 'a' (did you mean 'claude'?)"));
    }

    private static void expect(String file, Expected... diagnostics) {
        EXPECTED.put(file, List.of(diagnostics));
    }

    static Stream<String> files() {
        return EXPECTED.keySet().stream();
    }

    private final DagLoader loader = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard());

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void badFileGivesExactlyTheExpectedDiagnostics(String name) {
        LoadResult r = loader.load(BAD.resolve(name));

        assertThat(r.ok()).isFalse();
        assertThat(r.dag()).isNull();
        List<Expected> expected = EXPECTED.get(name);
        assertThat(r.diagnostics()).as(describe(r)).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            assertThat(e.matches(r.diagnostics().get(i))).as("diagnostic %d should be %s but was %s", i, e,
                    r.diagnostics().get(i).format()).isTrue();
        }
    }

    @Test
    void everyBadFileHasExpectations() throws IOException {
        List<String> onDisk = new ArrayList<>();
        try (Stream<Path> s = Files.list(BAD)) {
            s.forEach(p -> onDisk.add(p.getFileName().toString()));
        }
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void diagnosticsNameTheFileAsGiven() {
        Path name = BAD.resolve("cycle.toml");

        LoadResult r = loader.load(name);

        assertThat(r.file()).isEqualTo(name);
        assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.file()).isEqualTo(name));
        assertThat(r.errors().get(0).format()).startsWith(name + ":7:9: error: dependency cycle: a -> c -> b -> a");
    }

    private static String describe(LoadResult r) {
        StringBuilder sb = new StringBuilder("diagnostics:");
        r.diagnostics().forEach(d -> sb.append(System.lineSeparator()).append(d.format()));
        return sb.toString();
    }
}
