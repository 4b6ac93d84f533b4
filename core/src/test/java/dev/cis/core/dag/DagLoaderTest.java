package dev.cis.core.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DagLoaderTest {

    @TempDir
    Path dir;

    private final DagLoader loader = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard());

    private LoadResult load(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return loader.load(f);
    }

    private static Dag ok(LoadResult r) {
        assertThat(r.diagnostics()).as("diagnostics").isEmpty();
        assertThat(r.ok()).isTrue();
        return r.dag();
    }

    @Test
    void minimalFileGetsEveryDefault() throws IOException {
        Dag dag = ok(load("flow.toml", """
                [[dag.tasks]]
                id = "greet"
                command = "echo hi"
                """));

        assertThat(dag.name()).isEqualTo("flow");
        assertThat(dag.description()).isEmpty();
        assertThat(dag.maxWorkers()).isEqualTo(4);
        assertThat(dag.policy()).isEqualTo(Policy.ALL_SUCCESS);
        assertThat(dag.defaultAgent()).isEqualTo("shell");
        assertThat(dag.workDir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(dag.env()).isEmpty();
        assertThat(dag.timeoutSecs()).isZero();
        assertThat(dag.sourceFile()).isEqualTo(dir.resolve("flow.toml").toAbsolutePath().normalize());
        TaskSpec t = dag.tasks().get(0);
        assertThat(t.id()).isEqualTo("greet");
        assertThat(t.name()).isEqualTo("greet");
        assertThat(t.agent()).isEqualTo("shell");
        assertThat(t.prompt()).isEqualTo("echo hi");
        assertThat(t.command()).isEqualTo("echo hi");
        assertThat(t.deps()).isEmpty();
        assertThat(t.timeoutSecs()).isEqualTo(3600);
        assertThat(t.retry()).isZero();
        assertThat(t.retryBackoffSecs()).isEqualTo(5.0);
        assertThat(t.workDir()).isEqualTo(dag.workDir());
        assertThat(t.env()).isEmpty();
        assertThat(t.injectContext()).isTrue();
        assertThat(t.level()).isEqualTo(Level.MECHANICAL);
        assertThat(t.targetNode()).isNull();
        assertThat(t.requires()).isEmpty();
        assertThat(t.skill()).isEmpty();
    }

    /** Like {@link #ok} for a file that sets the Matrix keys, which warn in a local run. */
    private static Dag okWithMatrixKeys(LoadResult r) {
        assertThat(r.errors()).as("errors").isEmpty();
        assertThat(r.warnings()).extracting(Diagnostic::message)
                .allSatisfy(m -> assertThat(m).containsAnyOf("'target_node'", "'requires'").contains("not used"));
        return r.dag();
    }

    @Test
    void everyKeyIsReadIntoTheModel() throws IOException {
        Dag dag = okWithMatrixKeys(load("sub/full.toml", """
                [dag]
                name = "Full"
                description = "all keys"
                max_workers = 8
                policy = "first_success"
                default_agent = "claude"
                work_dir = "work"
                env = { A = "1" }
                timeout_secs = 600

                [[dag.tasks]]
                id = "t.1"
                name = "First"
                agent = "codex"
                prompt = "do it"
                deps = ["t-2"]
                timeout_secs = 30
                retry = 3
                retry_backoff_secs = 0.5
                work_dir = "../elsewhere"
                env = { B = "2" }
                inject_context = false
                level = { type = "recommended", timeout = 120, default_action = "skip" }
                target_node = "laptop"
                requires = ["cuda", "agent:codex"]
                skill = "label"

                [[dag.tasks]]
                id = "t-2"
                prompt = "first"
                level = { type = "arbitrated", stakeholders = ["@a:x.org", "@b:x.org"] }
                """));

        assertThat(dag.name()).isEqualTo("Full");
        assertThat(dag.description()).isEqualTo("all keys");
        assertThat(dag.maxWorkers()).isEqualTo(8);
        assertThat(dag.policy()).isEqualTo(Policy.FIRST_SUCCESS);
        assertThat(dag.defaultAgent()).isEqualTo("claude");
        assertThat(dag.workDir()).isEqualTo(dir.resolve("sub/work").toAbsolutePath().normalize());
        assertThat(dag.env()).isEqualTo(Map.of("A", "1"));
        assertThat(dag.timeoutSecs()).isEqualTo(600);
        TaskSpec t = dag.task("t.1").orElseThrow();
        assertThat(t.name()).isEqualTo("First");
        assertThat(t.agent()).isEqualTo("codex");
        assertThat(t.prompt()).isEqualTo("do it");
        assertThat(t.command()).isEmpty();
        assertThat(t.deps()).containsExactly("t-2");
        assertThat(t.timeoutSecs()).isEqualTo(30);
        assertThat(t.retry()).isEqualTo(3);
        assertThat(t.retryBackoffSecs()).isEqualTo(0.5);
        assertThat(t.workDir()).isEqualTo(dir.resolve("sub/elsewhere").toAbsolutePath().normalize());
        assertThat(t.env()).isEqualTo(Map.of("B", "2"));
        assertThat(t.injectContext()).isFalse();
        assertThat(t.level()).isEqualTo(new Level(Level.Type.RECOMMENDED, 120, Level.DefaultAction.SKIP, List.of()));
        assertThat(t.targetNode()).isEqualTo("laptop");
        assertThat(t.requires()).containsExactly("cuda", "agent:codex");
        assertThat(t.skill()).isEqualTo("label");
        TaskSpec t2 = dag.task("t-2").orElseThrow();
        assertThat(t2.agent()).as("the DAG's default agent").isEqualTo("claude");
        assertThat(t2.level().type()).isEqualTo(Level.Type.ARBITRATED);
        assertThat(t2.level().stakeholders()).containsExactly("@a:x.org", "@b:x.org");
        assertThat(dag.topologicalOrder()).containsExactly("t-2", "t.1");
    }

    @Test
    void defaultsComeFromTheGivenDagDefaults() throws IOException {
        DagLoader custom = new DagLoader(Set.of("shell", "mine"), new DagDefaults(9, "mine", 77));
        Path f = dir.resolve("d.toml");
        Files.writeString(f, "[[tasks]]\nid = \"a\"\nprompt = \"p\"\n");

        Dag dag = ok(custom.load(f));

        assertThat(dag.maxWorkers()).isEqualTo(9);
        assertThat(dag.defaultAgent()).isEqualTo("mine");
        assertThat(dag.tasks().get(0).agent()).isEqualTo("mine");
        assertThat(dag.tasks().get(0).timeoutSecs()).isEqualTo(77);
    }

    @Test
    void unknownDefaultAgentFromTheDefaultsIsReportedOnTasksThatUseIt() throws IOException {
        DagLoader custom = new DagLoader(BuiltinAgents.NAMES, new DagDefaults(4, "gone", 60));

        LoadResult r = load("d.toml",
                "[[tasks]]\nid = \"a\"\nprompt = \"p\"\n\n[[tasks]]\nid = \"b\"\nagent = \"shell\"\n"
                + "command = \"true\"\n");
        LoadResult withCustom = custom.load(r.file());

        assertThat(withCustom.errors()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("task 'a' names no agent and the default agent 'gone'");
        });
    }

    @Test
    void topLevelTasksAreAcceptedWithoutADagTable() throws IOException {
        Dag dag = ok(load("top.toml", """
                [[tasks]]
                id = "b"
                command = "true"
                deps = ["a"]

                [[tasks]]
                id = "a"
                command = "true"
                """));

        assertThat(dag.tasks()).extracting(TaskSpec::id).containsExactly("b", "a");
        assertThat(dag.topologicalOrder()).containsExactly("a", "b");
    }

    @Test
    void jsonFileGivesTheSameModelAsToml() throws IOException {
        Dag json = ok(load("same.json", """
                {"dag": {"name": "same", "max_workers": 2, "tasks": [
                  {"id": "a", "command": "echo a", "env": {"X": "1"}},
                  {"id": "b", "agent": "claude", "prompt": "use a", "deps": ["a"], "retry_backoff_secs": 2}
                ]}}
                """));
        Dag toml = ok(load("same.toml", """
                [dag]
                name = "same"
                max_workers = 2
                [[dag.tasks]]
                id = "a"
                command = "echo a"
                env = { X = "1" }
                [[dag.tasks]]
                id = "b"
                agent = "claude"
                prompt = "use a"
                deps = ["a"]
                retry_backoff_secs = 2
                """));

        assertThat(json.tasks()).isEqualTo(toml.tasks());
        assertThat(json.name()).isEqualTo(toml.name());
        assertThat(json.maxWorkers()).isEqualTo(toml.maxWorkers());
    }

    @Test
    void levelMayBeWrittenAsJustItsType() throws IOException {
        Dag dag = ok(load("gate.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\nlevel = \"confirmed\"\n"));

        assertThat(dag.tasks().get(0).level().type()).isEqualTo(Level.Type.CONFIRMED);
        assertThat(dag.tasks().get(0).level().needsApproval()).isTrue();
    }

    @Test
    void singleStringDepIsAListOfOne() throws IOException {
        Dag dag = ok(load("one.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\n[[tasks]]\nid = \"b\"\n"
                + "command = \"true\"\ndeps = \"a\"\n"));

        assertThat(dag.task("b").orElseThrow().deps()).containsExactly("a");
    }

    @Test
    void repeatedDepIsAWarningAndCountedOnce() throws IOException {
        LoadResult r = load("twice.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\n[[tasks]]\nid = \"b\"\n"
                + "command = \"true\"\ndeps = [\"a\", \"a\"]\n");

        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.column()).isEqualTo(14);
            assertThat(d.message()).isEqualTo("deps of task 'b' names 'a' twice");
        });
        assertThat(r.dag().task("b").orElseThrow().deps()).containsExactly("a");
    }

    @Test
    void commandOfAnAgentTaskWithAPromptIsAWarning() throws IOException {
        LoadResult r = load("both.toml",
                "[[tasks]]\nid = \"a\"\nagent = \"claude\"\nprompt = \"p\"\ncommand = \"c\"\n");

        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).singleElement().extracting(Diagnostic::message).asString()
                .contains("'command' in task 'a' is not used");
        assertThat(r.dag().tasks().get(0).prompt()).isEqualTo("p");
    }

    @Test
    void levelKeysOfAnotherTypeAreWarnings() throws IOException {
        LoadResult r = load("lvl.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\n"
                + "level = { type = \"confirmed\", timeout = 5 }\n");

        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(31);
            assertThat(d.message()).contains("'timeout' in the level of task 'a' is not used");
        });
    }

    @Test
    void tildeInWorkDirIsTheHomeFolder() throws IOException {
        Dag dag = ok(load("home.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\nwork_dir = \"~/src\"\n"));

        assertThat(dag.tasks().get(0).workDir()).isEqualTo(Path.of(System.getProperty("user.home"), "src"));
    }

    @Test
    void unicodeIdsAreRejectedButUnicodeNamesAndPromptsAreKept() throws IOException {
        Dag dag = ok(load("uni.toml", "[[tasks]]\nid = \"resume\"\nname = \"Résumé 📄\"\nagent = \"claude\"\n"
                + "prompt = \"Übersetze: 日本語\"\n"));
        LoadResult bad = load("uni-id.toml", "[[tasks]]\nid = \"résumé\"\ncommand = \"true\"\n");

        assertThat(dag.tasks().get(0).name()).isEqualTo("Résumé 📄");
        assertThat(dag.tasks().get(0).prompt()).isEqualTo("Übersetze: 日本語");
        assertThat(bad.errors()).singleElement().extracting(Diagnostic::message).asString()
                .contains("id 'résumé' of task #1 is not valid");
    }

    @Test
    void parseUsesTheNameForMessagesAndTheGivenBaseDir() {
        LoadResult r = loader.parse("[[tasks]]\nid = \"a\"\ncommand = \"true\"\nwork_dir = \"w\"\n",
                Path.of("editor.toml"), dir);

        assertThat(r.ok()).isTrue();
        assertThat(r.dag().name()).isEqualTo("editor");
        assertThat(r.dag().tasks().get(0).workDir()).isEqualTo(dir.resolve("w").toAbsolutePath().normalize());
    }

    @Test
    void parseReadsJsonWhenTheNameSaysJson() {
        LoadResult r = loader.parse("{\"tasks\": [{\"id\": \"a\", \"command\": \"true\"}]}", Path.of("remote.json"),
                dir);

        assertThat(r.ok()).isTrue();
        assertThat(r.dag().tasks()).hasSize(1);
    }

    @Test
    void fileWithoutAKnownExtensionStartingWithABraceIsReadAsJson() throws IOException {
        Dag dag = ok(load("flow.dag", "  {\"tasks\": [{\"id\": \"a\", \"command\": \"true\"}]}"));

        assertThat(dag.name()).isEqualTo("flow");
    }

    @Test
    void fileWithoutAKnownExtensionThatIsNotTomlSaysWhichExtensionsAreAccepted() throws IOException {
        LoadResult r = load("flow.yaml", "tasks:\n  - id: a\n");

        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).asString()
                .contains("does not end in .toml or .json");
    }

    @Test
    void missingFileIsADiagnosticNotAnException() {
        LoadResult r = loader.load(dir.resolve("nope.toml"));

        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("no such file");
            assertThat(d.format()).isEqualTo(dir.resolve("nope.toml") + ": error: no such file");
        });
    }

    @Test
    void folderIsADiagnosticNotAnException() {
        LoadResult r = loader.load(dir);

        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).isEqualTo("is a folder, not a DAG file");
    }

    @Test
    void emptyFileSaysItIsEmpty() throws IOException {
        LoadResult r = load("empty.toml", "\n  \n");

        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).asString()
                .startsWith("the file is empty");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws IOException {
        Path f = dir.resolve("bom.toml");
        Files.writeString(f, "\uFEFF[[tasks]]\nid = \"a\"\ncommand = \"true\"\n");

        assertThat(loader.load(f).ok()).isTrue();
    }

    @Test
    void utf16FileIsRejectedWithAHint() throws IOException {
        Path f = dir.resolve("wide.toml");
        Files.write(f, "[[tasks]]\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));

        assertThat(loader.load(f).errors()).singleElement().extracting(Diagnostic::message)
                .isEqualTo("the file is UTF-16; save it as UTF-8");
    }
}
