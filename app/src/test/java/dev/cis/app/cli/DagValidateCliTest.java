package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cis.app.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cis dag validate} through the real launcher: output and exit codes. */
class DagValidateCliTest {

    @TempDir
    Path home;

    @TempDir
    Path work;

    private CliRunner cis() {
        return CliRunner.create().withCisHome(home).inDir(work);
    }

    private Path examples() {
        return CliRunner.create().repoRoot().resolve("resources/examples");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    @Test
    void validFileExitsZeroWithAnOkSummary() throws IOException, InterruptedException {
        CliRunner.Result r = cis().inDir(examples()).run("dag", "validate", "hello.toml");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdoutLines()).containsExactly("hello.toml: ok (2 tasks)");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void jsonCountsTheTasksOfAFileWithErrors() throws IOException, InterruptedException {
        write("flow.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\n[[tasks]]\nid = \"b\"\ncommand = \"true\"\n"
                + "deps = [\"x\"]\n[[tasks]]\nid = \"c\"\ncommand = \"true\"\n");

        CliRunner.Result r = cis().run("dag", "validate", "--json", "flow.toml");

        JsonNode f = new ObjectMapper().readTree(r.stdout()).get("files").get(0);
        assertThat(f.get("ok").asBoolean()).isFalse();
        assertThat(f.get("tasks").asInt()).as(r.toString()).isEqualTo(3);
    }

    @Test
    void errorsArePrintedGccStyleWithASummaryAndExitTwo() throws IOException, InterruptedException {
        write("flow.toml", "[dag]\nname = \"f\"\n\n[[dag.tasks]]\nid = \"build\"\ncommand = \"make\"\ndep = [\"x\"]\n\n"
                + "[[dag.tasks]]\nid = \"test\"\nprompt = \"run\"\nagent = \"claud\"\nrollback = 1\n");

        CliRunner.Result r = cis().run("dag", "validate", "flow.toml");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stdoutLines()).containsExactly(
                "flow.toml:7:1: error: unknown key 'dep' in task 'build' (did you mean 'deps'?)",
                "flow.toml:12:9: error: unknown agent 'claud' in task 'test' (did you mean 'claude'?);"
                        + " known agents: shell, claude, codex, aider, opencode, gemini, kimi, fake-agent",
                "flow.toml:13:1: warning: 'rollback' in task 'test' is accepted for compatibility with older files and"
                        + " not used",
                "flow.toml: 2 errors, 1 warning");
    }

    @Test
    void warningsAloneExitZero() throws IOException, InterruptedException {
        CliRunner.Result r = cis().inDir(examples()).run("dag", "validate", "legacy-format.toml");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdoutLines()).hasSize(7).last().isEqualTo("legacy-format.toml: ok (3 tasks, 6 warnings)");
        assertThat(r.stdoutLines().get(0)).startsWith("legacy-format.toml:7:2: warning: the [skill] table");
    }

    @Test
    void missingFileExitsTwo() throws IOException, InterruptedException {
        CliRunner.Result r = cis().run("dag", "validate", "nope.toml");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stdoutLines()).containsExactly("nope.toml: error: no such file", "nope.toml: 1 error");
    }

    @Test
    void severalFilesGetOneSummaryEachAndAnyErrorMeansExitTwo() throws IOException, InterruptedException {
        write("good.json", "{\"tasks\": [{\"id\": \"a\", \"command\": \"true\"}]}");
        write("bad.toml", "[[tasks]]\nid = \"a\"\n");

        CliRunner.Result r = cis().run("dag", "validate", "good.json", "bad.toml");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stdoutLines()).containsExactly(
                "good.json: ok (1 task)",
                "bad.toml:1:1: error: task 'a' has neither 'prompt' nor 'command'; add prompt = \"...\" (with agent ="
                        + " \"shell\", the command to run)",
                "bad.toml: 1 error");
    }

    @Test
    void jsonOutputIsOneDocumentWithEveryFile() throws IOException, InterruptedException {
        write("cycle.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\ndeps = [\"b\"]\n[[tasks]]\nid = \"b\"\n"
                + "command = \"true\"\ndeps = [\"a\"]\n");
        Path hello = examples().resolve("hello.toml");

        CliRunner.Result r = cis().run("dag", "validate", "--json", "cycle.toml", hello.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        JsonNode files = new ObjectMapper().readTree(r.stdout()).get("files");
        assertThat(files).hasSize(2);
        JsonNode bad = files.get(0);
        assertThat(bad.get("file").asText()).isEqualTo("cycle.toml");
        assertThat(bad.get("ok").asBoolean()).isFalse();
        assertThat(bad.get("tasks").asInt()).isEqualTo(2);
        JsonNode d = bad.get("diagnostics").get(0);
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("line").asInt()).isEqualTo(4);
        assertThat(d.get("column").asInt()).isEqualTo(9);
        assertThat(d.get("message").asText()).startsWith("dependency cycle: a -> b -> a");
        JsonNode good = files.get(1);
        assertThat(good.get("file").asText()).isEqualTo(hello.toString());
        assertThat(good.get("ok").asBoolean()).isTrue();
        assertThat(good.get("tasks").asInt()).isEqualTo(2);
        assertThat(good.get("diagnostics")).isEmpty();
    }

    @Test
    void quietPrintsOnlyErrors() throws IOException, InterruptedException {
        write("mixed.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\nkeep_agent = true\nretry = 99\n");

        CliRunner.Result bad = cis().run("dag", "validate", "-q", "mixed.toml");
        CliRunner.Result fine = cis().inDir(examples()).run("dag", "validate", "--quiet", "legacy-format.toml");

        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(2);
        assertThat(bad.stdoutLines()).containsExactly(
                "mixed.toml:5:9: error: 'retry' in task 'a' must be between 0 and 20, found 99");
        assertThat(fine.exitCode()).as(fine.toString()).isZero();
        assertThat(fine.stdout()).isEmpty();
    }

    @Test
    void agentsOfTheConfigAreKnownOnlyWithAgentsFromConfig() throws IOException, InterruptedException {
        Files.writeString(home.resolve("config.toml"), "[agents.my-agent]\nexecutable = \"my-agent\"\n");
        write("custom.toml", "[[tasks]]\nid = \"a\"\nagent = \"my-agent\"\nprompt = \"hi\"\n");

        CliRunner.Result without = cis().run("dag", "validate", "custom.toml");
        CliRunner.Result with = cis().run("dag", "validate", "--agents-from-config", "custom.toml");

        assertThat(without.exitCode()).as(without.toString()).isEqualTo(2);
        assertThat(without.stdout()).contains("custom.toml:3:9: error: unknown agent 'my-agent'");
        assertThat(with.exitCode()).as(with.toString()).isZero();
        assertThat(with.stdoutLines()).containsExactly("custom.toml: ok (1 task)");
    }

    @Test
    void configDefaultsApplyWithAgentsFromConfig() throws IOException, InterruptedException {
        Files.writeString(home.resolve("config.toml"), "[dag]\ndefault_agent = \"claude\"\n");
        write("noagent.toml",
                "[[tasks]]\nid = \"a\"\nprompt = \"summarize\"\n[[tasks]]\nid = \"b\"\nagent = \"shell\"\n"
                + "prompt = \"echo 1\"\ncommand = \"echo 2\"\n");

        CliRunner.Result r = cis().run("dag", "validate", "--agents-from-config", "noagent.toml");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stdoutLines()).first().asString()
                .startsWith("noagent.toml:8:11: error: task 'b' uses the shell agent");
    }

    @Test
    void brokenConfigIsAnErrorNamingFileLineAndColumn() throws IOException, InterruptedException {
        Path config = Files.writeString(home.resolve("config.toml"), "[dag]\nmax_workers = 0\n");
        write("ok.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\n");

        CliRunner.Result r = cis().run("dag", "validate", "--agents-from-config", "ok.toml");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains(config + ":2:15: error: dag.max_workers must be between 1 and 256, found 0");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void noFileIsAUsageError() throws IOException, InterruptedException {
        CliRunner.Result r = cis().run("dag", "validate");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("Missing required parameter").contains("Try 'cis dag validate --help'");
    }

    @Test
    void helpDescribesTheOptions() throws IOException, InterruptedException {
        CliRunner.Result r = cis().run("dag", "validate", "--help");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("Usage: cis dag validate").contains("--json").contains("--quiet")
                .contains("--agents-from-config");
    }
}
