package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.app.Await;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cis.app.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acting on runs and sessions from other processes, through the real launcher and a real node. */
class DagControlCliTest {

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
        cis().run("node", "stop", "--force");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    private JsonNode status(String run) throws Exception {
        return JSON.readTree(cis().run("dag", "status", run, "--json").stdout());
    }

    private String taskStatus(String run, String task) throws Exception {
        for (JsonNode t : status(run).get("tasks")) {
            if (t.get("task_id").asText().equals(task)) {
                return t.get("status").asText();
            }
        }
        throw new AssertionError("no task " + task);
    }

    private void await(String what, Predicate<Void> cond) throws Exception {
        Await.until(what, Duration.ofSeconds(30), Duration.ofMillis(100), () -> cond.test(null));
    }

    private boolean has(String run, String task, String status) {
        try {
            return taskStatus(run, task).equals(status);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String start(String file) throws Exception {
        CliRunner.Result r = cis().run("dag", "run", file);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r.stdout().strip();
    }

    @Test
    void approveFromAnotherProcessLetsTheGatedTaskRun() throws Exception {
        String run = start(write("gate.toml", """
                [[tasks]]
                id = "gate"
                command = "echo shipped"
                level = { type = "confirmed" }
                """).toString());
        await("gate waits", v -> has(run, "gate", "waiting_approval"));
        CliRunner.Result r = cis().run("dag", "approve", run, "gate");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        await("gate completed", v -> has(run, "gate", "completed"));
        assertThat(cis().run("dag", "logs", run + ":gate").stdout()).isEqualTo("shipped\n");
    }

    @Test
    void anArbitratedTaskRunsOnceAMajorityOfItsStakeholdersApproved() throws Exception {
        String run = start(write("vote.toml", """
                [[tasks]]
                id = "ship"
                command = "echo shipped"
                level = { type = "arbitrated", stakeholders = ["@ana:example.org", "@bo:example.org", "@cy:example.org"] }
                """).toString());
        await("ship waits", v -> has(run, "ship", "waiting_approval"));

        CliRunner.Result ana = cis().run("dag", "approve", run, "ship", "--as", "ana");
        assertThat(ana.exitCode()).as(ana.toString()).isZero();
        assertThat(ana.stdout()).contains("approved ship as ana; it starts once a majority of its stakeholders approved");
        assertThat(taskStatus(run, "ship")).isEqualTo("waiting_approval");

        CliRunner.Result eve = cis().run("dag", "approve", run, "ship", "--as", "eve");
        assertThat(eve.exitCode()).isEqualTo(2);
        assertThat(eve.stderr()).contains("'eve' is not a stakeholder of task 'ship'");

        assertThat(cis().run("dag", "approve", run, "ship", "--as", "@bo:example.org").exitCode()).isZero();
        await("ship completed", v -> has(run, "ship", "completed"));
    }

    @Test
    void approvingATaskThatDoesNotWaitIsRefused() throws Exception {
        String run = start(write("a.toml", "[[tasks]]\nid = \"a\"\ncommand = \"sleep 30\"\n").toString());
        await("a runs", v -> has(run, "a", "running"));
        CliRunner.Result r = cis().run("dag", "approve", run, "a");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("is running");
    }

    @Test
    void cancelStopsARunAndItsSessions() throws Exception {
        String run = start(write("long.toml", "[[tasks]]\nid = \"long\"\ncommand = \"sleep 60\"\n").toString());
        await("long runs", v -> has(run, "long", "running"));
        CliRunner.Result r = cis().run("dag", "cancel", run);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        await("run cancelled", v -> {
            try {
                return status(run).get("status").asText().equals("cancelled");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(taskStatus(run, "long")).isEqualTo("cancelled");
    }

    @Test
    void retryRerunsOnlyWhatFailed() throws Exception {
        Path flag = work.resolve("flag");
        String run = start(write("r.toml", """
                [[tasks]]
                id = "ok"
                command = "echo fine"
                [[tasks]]
                id = "gate"
                command = "test -e flag"
                deps = ["ok"]
                """).toString());
        await("gate failed", v -> has(run, "gate", "failed"));
        Files.writeString(flag, "");
        CliRunner.Result r = cis().run("dag", "retry", run);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("running again: gate");
        await("gate completed", v -> has(run, "gate", "completed"));
        JsonNode s = JSON.readTree(cis().run("dag", "status", run, "--json", "-v").stdout());
        assertThat(s.get("tasks").get(0).get("attempts")).hasSize(1);
        assertThat(s.get("tasks").get(1).get("attempts")).hasSize(2);
    }

    @Test
    void sessionsListsALiveSessionAndKillEndsIt() throws Exception {
        String run = start(write("s.toml", "[[tasks]]\nid = \"talk\"\ncommand = \"echo hello-there; sleep 60\"\n")
                .toString());
        await("talk runs", v -> has(run, "talk", "running"));
        await("session listed", v -> {
            try {
                return cis().run("dag", "sessions").stdout().contains("hello-there");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        JsonNode sessions = JSON.readTree(cis().run("dag", "sessions", "--json").stdout());
        assertThat(sessions.get(0).get("session_id").asText()).isEqualTo(run + ":talk:1");
        CliRunner.Result k = cis().run("dag", "kill", run + ":talk");
        assertThat(k.exitCode()).as(k.toString()).isZero();
        await("talk failed", v -> has(run, "talk", "failed"));
        assertThat(cis().run("dag", "sessions", "--all").stdout()).contains(run + ":talk:1").contains("killed by a person");
    }

    @Test
    void killOfAnUnknownSessionSaysWhereToLook() throws Exception {
        String run = start(write("q.toml", "[[tasks]]\nid = \"q\"\ncommand = \"true\"\n").toString());
        await("q completed", v -> has(run, "q", "completed"));
        CliRunner.Result r = cis().run("dag", "kill", run + ":q");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("no live session").contains("cis dag logs");
    }
}
