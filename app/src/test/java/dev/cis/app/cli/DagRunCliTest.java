package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cis.app.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running DAGs and reading their runs through the real launcher. */
class DagRunCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path work;

    private CliRunner cis() {
        return CliRunner.create().withCisHome(home).inDir(work);
    }

    @AfterEach
    void stopNode() throws Exception {
        if (Files.exists(home.resolve("run"))) {
            cis().run("node", "stop", "--force");
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    private static final String DIAMOND = """
            [dag]
            name = "diamond"
            [[dag.tasks]]
            id = "a"
            command = "echo alpha"
            [[dag.tasks]]
            id = "b"
            command = "echo beta"
            deps = ["a"]
            [[dag.tasks]]
            id = "c"
            command = "echo gamma"
            deps = ["a"]
            [[dag.tasks]]
            id = "join"
            command = "cat \\"$CIS_CONTEXT_FILE\\""
            deps = ["c", "b"]
            """;

    private String lastRunId() throws Exception {
        CliRunner.Result list = cis().run("dag", "list", "--json");
        return JSON.readTree(list.stdout()).get(0).get("run_id").asText();
    }

    @Test
    void executeOfASucceedingDagExitsZeroAndPrintsEveryTask() throws Exception {
        CliRunner.Result r = cis().run("dag", "execute", write("d.toml", DIAMOND).toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("join  completed").contains("completed, 0 failed");
    }

    @Test
    void executeOfAFailingDagExitsOneAndSaysHowToRetry() throws Exception {
        Path f = write("f.toml", "[[tasks]]\nid = \"bad\"\ncommand = \"exit 5\"\n");
        CliRunner.Result r = cis().run("dag", "execute", f.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stdout()).contains("bad  failed  exit 5").contains("cis dag retry");
    }

    @Test
    void executeOfABrokenFileRunsNothingAndExitsTwo() throws Exception {
        Path f = write("broken.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\ndeps = [\"nope\"]\n");
        CliRunner.Result r = cis().run("dag", "execute", f.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("broken.toml:4:").contains("nope").contains("nothing was run");
        assertThat(cis().run("dag", "list").stdout()).contains("No runs yet");
    }

    @Test
    void executeOfABrokenFileStartsNoNode() throws Exception {
        Path f = write("broken.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\ndeps = [\"nope\"]\n");
        CliRunner.Result r = cis().run("dag", "execute", f.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        JsonNode node = JSON.readTree(cis().run("node", "status", "--json").stdout());
        assertThat(node.get("running").asBoolean()).as(node.toString()).isFalse();
    }

    @Test
    void executePrintsEachWarningOfTheFileOnce() throws Exception {
        Path f = write("w.toml", "[[tasks]]\nid = \"a\"\ncommand = \"true\"\nrollback = \"x\"\n");
        CliRunner.Result r = cis().run("dag", "execute", f.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout().split("'rollback' in task 'a'", -1)).as(r.stdout()).hasSize(2);
    }

    @Test
    void statusJsonShowsEveryTaskWithItsStatus() throws Exception {
        cis().run("dag", "execute", write("d.toml", DIAMOND).toString());
        CliRunner.Result r = cis().run("dag", "status", "--json", "-v");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode n = JSON.readTree(r.stdout());
        assertThat(n.get("status").asText()).isEqualTo("completed");
        assertThat(n.get("tasks")).hasSize(4);
        assertThat(n.get("tasks").get(3).get("attempts").get(0).get("exit_code").asInt()).isZero();
    }

    @Test
    void logsPrintsTheOutputAndThePromptAsSent() throws Exception {
        cis().run("dag", "execute", write("d.toml", DIAMOND).toString());
        String run = lastRunId();
        CliRunner.Result out = cis().run("dag", "logs", run + ":join");
        assertThat(out.stdout()).contains("### c (completed, exit 0)\ngamma").contains("### b (completed, exit 0)\nbeta");
        CliRunner.Result prompt = cis().run("dag", "logs", run.substring(0, 4) + ":join:1", "--prompt");
        assertThat(prompt.stdout().strip()).isEqualTo("cat \"$CIS_CONTEXT_FILE\"");
        CliRunner.Result tail = cis().run("dag", "logs", run + ":join", "--tail", "1");
        assertThat(tail.stdout()).isEqualTo("beta\n");
    }

    @Test
    void logsOfAnUnknownRunOrTaskExitsTwoWithAClearMessage() throws Exception {
        cis().run("dag", "execute", write("d.toml", DIAMOND).toString());
        assertThat(cis().run("dag", "logs", "zzzz:join").stderr()).contains("zzzz");
        CliRunner.Result r = cis().run("dag", "logs", lastRunId() + ":nope");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("no task 'nope'");
    }

    @Test
    void createdRunExecutesLaterByItsId() throws Exception {
        CliRunner.Result created = cis().run("dag", "run", "--no-start", write("d.toml", DIAMOND).toString());
        assertThat(created.exitCode()).as(created.toString()).isZero();
        String id = created.stdout().strip();
        assertThat(cis().run("dag", "status", id).stdout()).contains("created");
        CliRunner.Result r = cis().run("dag", "execute", "--run-id", id);
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void statusWithoutRunsSaysHowToStartOne() throws Exception {
        CliRunner.Result r = cis().run("dag", "status");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("cis dag execute");
    }
}
