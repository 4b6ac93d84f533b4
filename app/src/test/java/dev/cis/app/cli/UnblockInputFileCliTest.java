package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cis.app.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cis dag unblock --input-file}: an answer that stays out of argv, and out of the recording at a password prompt. */
class UnblockInputFileCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "hunter2-secret";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private CliRunner cis() {
        return CliRunner.create().withCisHome(home).inDir(work).withTimeout(Duration.ofSeconds(90));
    }

    @AfterEach
    void stop() throws Exception {
        cis().run("node", "stop", "--force");
    }

    private JsonNode sessions() {
        try {
            return JSON.readTree(cis().run("dag", "sessions", "--json").stdout());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private String startPasswordPrompt() throws Exception {
        Path dag = Files.writeString(work.resolve("login.toml"), """
                [dag]
                name = "login"

                [[dag.tasks]]
                id = "login"
                agent = "shell"
                command = 'stty -echo; printf "Password: "; read pw; stty echo; echo; echo "length:${#pw}"'
                """);
        CliRunner.Result r = cis().run("dag", "run", dag.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String run = r.stdout().strip();
        await().atMost(Duration.ofSeconds(30)).until(() -> sessions().size() == 1
                && sessions().get(0).path("last_line").asText().contains("Password:"));
        return run;
    }

    private static String recordingsText(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(p));
            }
        }
        return all.toString();
    }

    @Test
    void anAnswerFromStandardInputReachesAPasswordPromptAndStaysOutOfTheRecording() throws Exception {
        String run = startPasswordPrompt();

        CliRunner.Result r = cis().withStdin(SECRET + "\n").run("dag", "unblock", run + ":login", "--input-file", "-");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> cis().run("dag", "logs", run + ":login").stdout()
                .contains("length:" + SECRET.length()));
        String recordings = recordingsText(home.resolve("recordings"));
        assertThat(recordings).contains("[input hidden]").doesNotContain(SECRET);
    }

    @Test
    void anAnswerFromAFileReachesTheSession() throws Exception {
        String run = startPasswordPrompt();
        Path answer = Files.writeString(work.resolve("answer.txt"), "abc\n");

        CliRunner.Result r = cis().run("dag", "unblock", run + ":login", "--input-file", answer.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> cis().run("dag", "logs", run + ":login").stdout()
                .contains("length:3"));
    }

    @Test
    void aMissingAnswerFileIsAUsageErrorNamingIt() throws Exception {
        Path missing = work.resolve("no-such-answer.txt");

        CliRunner.Result r = cis().run("dag", "unblock", "abcd:login", "--input-file", missing.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("--input-file " + missing + ": no such file");
    }
}
