package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.app.Await;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cis.app.CliRunner;
import dev.cis.core.session.PtySession;
import dev.cis.core.session.Session;
import dev.cis.core.session.SessionSpec;
import dev.cis.core.session.TerminalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blocked sessions answered from other terminals, through the real launcher and a real node. */
class DagSessionCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASKS = """
            [[tasks]]
            id = "ask"
            agent = "fake-agent"
            prompt = "Refactor. [ask: Apply these changes? (y/n)] [output: applied]"
            """;

    @TempDir
    Path home;

    @TempDir
    Path work;

    private Session attachTerminal;

    private CliRunner cis() {
        return CliRunner.create().withCisHome(home).inDir(work);
    }

    @AfterEach
    void stop() throws Exception {
        if (attachTerminal != null) {
            attachTerminal.kill();
        }
        cis().run("node", "stop", "--force");
    }

    private static void await(String what, Duration limit, BooleanSupplier cond) throws InterruptedException {
        Await.until(what, limit, Duration.ofMillis(50), cond::getAsBoolean);
    }

    private JsonNode sessions() {
        try {
            return JSON.readTree(cis().run("dag", "sessions", "--json").stdout());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private String taskStatus(String run) {
        try {
            return JSON.readTree(cis().run("dag", "status", run, "--json").stdout()).get("tasks").get(0).get("status")
                    .asText();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private String startAsking() throws Exception {
        CliRunner.Result r = cis().run("dag", "run", Files.writeString(work.resolve("ask.toml"), ASKS).toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String run = r.stdout().strip();
        await("the session starts", Duration.ofSeconds(30), () -> sessions().size() == 1);
        return run;
    }

    @Test
    void aQuestionIsReportedBlockedWithinTwoSecondsAndUnblockLetsItFinish() throws Exception {
        String run = startAsking();
        await("the question shows", Duration.ofSeconds(30),
                () -> sessions().get(0).path("last_line").asText().contains("(y/n)")
                        || sessions().get(0).path("state").asText().equals("blocked"));
        long shown = System.nanoTime();
        long[] longestLook = {0};
        await("blocked", Duration.ofSeconds(10), () -> {
            long asked = System.nanoTime();
            boolean blocked = sessions().get(0).path("state").asText().equals("blocked");
            longestLook[0] = Math.max(longestLook[0], System.nanoTime() - asked);
            return blocked;
        });
        // each look is a 'cis dag sessions' process: what it saw may be as old as the look took to come back
        assertThat(Duration.ofNanos(System.nanoTime() - shown))
                .isLessThan(Duration.ofSeconds(2).plusNanos(longestLook[0]));
        JsonNode s = sessions().get(0);
        assertThat(s.get("reason").asText()).contains("Apply these changes? (y/n)");
        assertThat(s.get("signal").asText()).startsWith("pattern:");
        assertThat(taskStatus(run)).isEqualTo("blocked");

        CliRunner.Result r = cis().run("dag", "unblock", run + ":ask", "--input", "y");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        await("completed", Duration.ofSeconds(30), () -> taskStatus(run).equals("completed"));
        assertThat(cis().run("dag", "logs", run + ":ask").stdout()).startsWith("applied");
    }

    @Test
    void attachShowsTheScreenAndSendsKeystrokes() throws Exception {
        String run = startAsking();
        await("blocked", Duration.ofSeconds(30), () -> sessions().get(0).path("state").asText().equals("blocked"));
        StringBuilder screen = new StringBuilder();
        attachTerminal = attach(run + ":ask", screen);
        await("the replayed question", Duration.ofSeconds(30), () -> text(screen).contains("Apply these changes?"));
        assertThat(text(screen)).contains("detach with Ctrl+]");

        attachTerminal.write("y\r");

        await("the session ends", Duration.ofSeconds(30), () -> text(screen).contains("the session ended with exit code 0"));
        assertThat(attachTerminal.exitFuture().get(30, TimeUnit.SECONDS)).isZero();
        assertThat(taskStatus(run)).isEqualTo("completed");
    }

    @Test
    void detachKeyLeavesTheSessionRunning() throws Exception {
        String run = startAsking();
        StringBuilder screen = new StringBuilder();
        attachTerminal = attach(run + ":ask", screen);
        await("attached", Duration.ofSeconds(30), () -> text(screen).contains("detach with Ctrl+]"));

        attachTerminal.write(new byte[] {0x1d});

        assertThat(attachTerminal.exitFuture().get(30, TimeUnit.SECONDS)).isZero();
        assertThat(text(screen)).contains("detached (the session keeps running)");
        assertThat(sessions()).hasSize(1);
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
        Path launcher = CliRunner.create().repoRoot().resolve("cis");
        Session s = PtySession.start(SessionSpec.builder(List.of(launcher.toString(), "dag", "attach", target))
                .id("attach-test").env(env).workDir(work).size(100, 30).build());
        s.addListener(chunk -> {
            synchronized (screen) {
                screen.append(new String(chunk, java.nio.charset.StandardCharsets.UTF_8));
            }
        }, true);
        return s;
    }
}
