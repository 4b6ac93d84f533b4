package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cis.app.CliRunner;
import dev.cis.core.session.PtySession;
import dev.cis.core.session.Session;
import dev.cis.core.session.SessionSpec;
import dev.cis.core.session.TerminalText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Clients that outlive the node: the node is killed with SIGKILL under a command that follows it. */
@Timeout(300)
class NodeLossCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LONG = Duration.ofSeconds(120);
    /**
     * One task that prints, waits (its first attempt long enough to be killed in the middle on a loaded machine)
     * and prints again, retried once; a second task after it.
     */
    private static final String TWO_STEPS = """
            [dag]
            name = "steps"

            [[dag.tasks]]
            id = "a"
            agent = "shell"
            command = "echo begun-$CIS_ATTEMPT; [ $CIS_ATTEMPT -gt 1 ] || sleep 90; echo finished"
            retry = 1
            retry_backoff_secs = 0

            [[dag.tasks]]
            id = "b"
            agent = "shell"
            command = "echo b"
            deps = ["a"]
            """;
    private static final String ONE_LONG_TASK = """
            [dag]
            name = "long"

            [[dag.tasks]]
            id = "long"
            agent = "shell"
            command = "echo started; sleep 60"
            """;

    @TempDir
    Path home;

    @TempDir
    Path work;

    private final List<Process> background = new ArrayList<>();
    private Session terminal;

    private CliRunner cis() {
        return CliRunner.create().withCisHome(home).inDir(work).withTimeout(LONG);
    }

    @AfterEach
    void stopAll() throws Exception {
        for (Process p : background) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (terminal != null) {
            terminal.kill();
        }
        cis().run("node", "stop", "--force");
    }

    @Test
    void executeCarriesOnAfterKillNineAndEndsWithTheRunsResult() throws Exception {
        Background execute = start("dag", "execute", "--plain", write("steps.toml", TWO_STEPS).toString());
        await().atMost(LONG).until(() -> execute.out().contains("a  running"));

        long killed = killNode();

        assertThat(execute.process.waitFor(LONG.toSeconds(), TimeUnit.SECONDS)).as(execute.toString()).isTrue();
        assertThat(execute.process.exitValue()).as(execute.toString()).isZero();
        assertThat(execute.out()).contains("cis: the node stopped (pid " + killed + "); starting it again ...")
                .contains("cis: reconnected; following run ").contains("completed in");
        assertThat(execute.err()).as(execute.toString()).isEmpty();
    }

    @Test
    void executeGivesUpWithOneClearLineWhenTheNodeCannotStartAgain() throws Exception {
        Background execute = start("dag", "execute", "--plain", write("steps.toml", TWO_STEPS).toString());
        await().atMost(LONG).until(() -> execute.out().contains("a  running"));
        Files.writeString(home.resolve("config.toml"), "[dag]\nmax_workers = \"many\"\n");

        killNode();

        assertThat(execute.process.waitFor(LONG.toSeconds(), TimeUnit.SECONDS)).as(execute.toString()).isTrue();
        assertThat(execute.process.exitValue()).as(execute.toString()).isEqualTo(1);
        assertThat(execute.err().strip().lines()).as(execute.toString()).singleElement().asString()
                .startsWith("cis: the node could not be started again (")
                .endsWith("see its log: " + home.resolve("logs/node.log"));
    }

    @Test
    void logsFollowGoesOnWithTheNextAttemptAfterKillNine() throws Exception {
        String run = runInBackground(TWO_STEPS);
        await().atMost(LONG).until(() -> taskStatus(run, "a").equals("running"));
        Background logs = start("dag", "logs", run + ":a", "-f");
        await().atMost(LONG).until(() -> logs.out().contains("begun-1"));

        killNode();

        assertThat(logs.process.waitFor(LONG.toSeconds(), TimeUnit.SECONDS)).as(logs.toString()).isTrue();
        assertThat(logs.process.exitValue()).as(logs.toString()).isZero();
        assertThat(logs.out()).contains("begun-1").contains("begun-2").contains("finished");
        assertThat(logs.err()).contains("cis: the node stopped").contains("cis: reconnected; following " + run + ":a")
                .contains("following attempt 2").doesNotContain("WARN").doesNotContain("Exception");
    }

    @Test
    void attachSaysTheSessionDiedWithTheNodeAndExitsOne() throws Exception {
        String run = runInBackground(ONE_LONG_TASK);
        await().atMost(LONG).until(() -> taskStatus(run, "long").equals("running"));
        StringBuilder screen = new StringBuilder();
        terminal = attach(run + ":long", screen);
        await().atMost(LONG).until(() -> text(screen).contains("detach with Ctrl+]")
                && text(screen).contains("started"));

        killNode();

        assertThat(terminal.exitFuture().get(LONG.toSeconds(), TimeUnit.SECONDS)).as(text(screen)).isEqualTo(1);
        assertThat(text(screen)).contains("cis: the node stopped").contains("cis: session " + run + ":long:1 is gone: "
                + "it died with the node").doesNotContain("WARN").doesNotContain("Exception");
    }

    @Test
    void readCommandsAfterKillNineDoNotShowTheDeadTaskRunning() throws Exception {
        String run = runInBackground(ONE_LONG_TASK);
        await().atMost(LONG).until(() -> taskStatus(run, "long").equals("running"));

        killNode();
        CliRunner.Result node = cis().run("node", "status");
        CliRunner.Result status = cis().run("dag", "status", run, "--json");

        assertThat(node.stdout()).contains("no node is running").contains("1 task(s) or run(s) were running when it "
                + "stopped and run no more");
        assertThat(status.stderr()).contains("cis: the node was not running; started it");
        JsonNode task = JSON.readTree(status.stdout()).get("tasks").get(0);
        assertThat(task.get("status").asText()).as(status.toString()).isEqualTo("failed");
        CliRunner.Result list = cis().run("dag", "list");
        assertThat(list.stderr()).isEmpty();
        assertThat(list.stdout()).contains(run).doesNotContain("running");
    }

    private long killNode() throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("run/node.pid")).strip());
        ProcessHandle node = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
        node.onExit().get(30, TimeUnit.SECONDS);
        return pid;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    private String runInBackground(String dag) throws Exception {
        CliRunner.Result r = cis().run("dag", "run", write("dag.toml", dag).toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r.stdout().strip();
    }

    private String taskStatus(String run, String task) throws Exception {
        for (JsonNode t : JSON.readTree(cis().run("dag", "status", run, "--json").stdout()).get("tasks")) {
            if (t.get("task_id").asText().equals(task)) {
                return t.get("status").asText();
            }
        }
        throw new AssertionError("no task " + task);
    }

    /** A {@code ./cis} command running beside the test, its output in files. */
    private record Background(Process process, Path stdout, Path stderr) {

        String out() throws IOException {
            return Files.readString(stdout, StandardCharsets.UTF_8);
        }

        String err() throws IOException {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            try {
                return "--- stdout ---\n" + out() + "--- stderr ---\n" + err();
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    private Background start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(cis().repoRoot().resolve("cis").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("CIS_HOME", home.toString());
        Process p = pb.start();
        background.add(p);
        return new Background(p, out, err);
    }

    private static String text(StringBuilder screen) {
        synchronized (screen) {
            return TerminalText.toPlainText(screen);
        }
    }

    /** Runs {@code cis dag attach} in a real terminal, as a person would. */
    private Session attach(String target, StringBuilder screen) throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("CIS_HOME", home.toString());
        env.put("TERM", "xterm-256color");
        Session s = PtySession.start(SessionSpec.builder(List.of(cis().repoRoot().resolve("cis").toString(), "dag",
                "attach", target)).id("attach-test").env(env).workDir(work).size(100, 30).build());
        s.addListener(chunk -> {
            synchronized (screen) {
                screen.append(new String(chunk, StandardCharsets.UTF_8));
            }
        }, true);
        return s;
    }
}
