package dev.cis.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs a login, sends, a sync, a failed login and a rate-limited call in a separate JVM whose log level
 * is debug, and reads everything it logged: the calls are there, the password and access token are not.
 */
class CredentialsStayOutOfLogsTest {

    /** The program the test runs: args are homeserver URL, user name, password, fake homeserver URL. */
    public static void main(String[] args) {
        HttpMatrixClient anon = HttpMatrixClient.of(java.net.URI.create(args[0]), MatrixSettings.defaults());
        LoginSession s = anon.register(args[1], args[2]);
        HttpMatrixClient me = anon.as(s);
        String room = me.createRoom(RoomSpec.named("log", RoomSpec.Preset.PRIVATE_CHAT));
        me.send(room, "cis.test", MatrixHttp.JSON.createObjectNode().put("v", 1), new TxnIds().next());
        me.sync(Optional.empty(), Optional.empty(), java.time.Duration.ZERO);
        try {
            anon.loginWithPassword(args[1], args[2] + "-wrong", Optional.empty());
        } catch (MatrixException expected) {
            org.slf4j.LoggerFactory.getLogger("test").info("login refused: {}", expected.getMessage());
        }
        HttpMatrixClient.of(java.net.URI.create(args[3]), MatrixSettings.defaults()).as(s).whoami();
        System.out.println("TOKEN " + s.accessToken());
    }

    @Test
    void debugLogsNameTheCallsButNeverThePasswordOrTheToken() throws Exception {
        TestHomeserver.assertAnswers();
        try (FakeHomeserver fake = new FakeHomeserver((ex, n) -> {
            if (n == 1) {
                FakeHomeserver.answer(ex, 429, "{\"errcode\":\"M_LIMIT_EXCEEDED\",\"retry_after_ms\":20}");
            } else {
                FakeHomeserver.answer(ex, 200, "{\"user_id\":\"@x:fake\"}");
            }
        })) {
            String user = TestHomeserver.uniqueName("logs");
            String password = "pw-" + user + "-Secret";
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", CredentialsStayOutOfLogsTest.class.getName(),
                    TestHomeserver.URL.toString(), user, password, fake.url().toString())).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String log = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(log).isZero();
            String token = out.substring(out.indexOf("TOKEN ") + 6).trim();
            assertThat(token).hasSizeGreaterThan(10);
            assertThat(log).contains("POST /_matrix/client/v3/register -> 200", "PUT /_matrix/client/v3/rooms/",
                    "GET /_matrix/client/v3/sync -> 200", "login refused", "rate limited, sending again");
            assertThat(log).doesNotContain(token).doesNotContain(password).doesNotContain("Bearer");
        }
    }
}
