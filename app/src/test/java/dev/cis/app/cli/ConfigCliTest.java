package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cis.app.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cis config show / check / path} through the real launcher. */
class ConfigCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private CliRunner cis() {
        return CliRunner.create().withCisHome(home);
    }

    private Path config(String text) throws Exception {
        return Files.writeString(home.resolve("config.toml"), text);
    }

    private JsonNode setting(JsonNode shown, String key) {
        for (JsonNode s : shown.get("settings")) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no setting " + key + " in " + shown);
    }

    @Test
    void pathPrintsTheConfigFileOfTheHome() throws Exception {
        var r = cis().run("config", "path");

        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout().strip()).isEqualTo(home.resolve("config.toml").toString());
    }

    @Test
    void showSaysWhereEachValueCameFrom() throws Exception {
        Path f = config("[monitor]\nsilence = \"3s\"\n[dag]\nmax_workers = 8\n");

        var r = cis().withEnv("CIS_DAG_MAX_WORKERS", "6").run("config", "show", "--set", "monitor.debounce=1s",
                "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode shown = JSON.readTree(r.stdout());
        assertThat(setting(shown, "monitor.silence").get("value").asText()).isEqualTo("3s");
        assertThat(setting(shown, "monitor.silence").get("source").asText()).isEqualTo("file");
        assertThat(setting(shown, "monitor.silence").get("origin").asText()).isEqualTo(f + ":2:11");
        assertThat(setting(shown, "dag.max_workers").get("value").asLong()).isEqualTo(6);
        assertThat(setting(shown, "dag.max_workers").get("source").asText()).isEqualTo("environment");
        assertThat(setting(shown, "monitor.debounce").get("source").asText()).isEqualTo("flag");
        assertThat(setting(shown, "dag.task_timeout_secs").get("source").asText()).isEqualTo("default");
        assertThat(setting(shown, "monitor.evaluate_every").get("live").asBoolean()).isFalse();
    }

    @Test
    void showPrintsEverySettingAsATable() throws Exception {
        var r = cis().run("config", "show");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdoutLines()).anyMatch(l -> l.matches("monitor\\.silence +\"10s\" +new run +default"))
                .anyMatch(l -> l.matches("node\\.log_max_kib +10240 +restart +default"));
    }

    @Test
    void checkAcceptsAGoodFile() throws Exception {
        config("[monitor]\nquestion_lines = 20\n");

        var r = cis().run("config", "check");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains(": ok (1 of ");
    }

    @Test
    void checkNamesAnUnknownKeyWithItsLineAndTheClosestName() throws Exception {
        Path f = config("[monitor]\n\nsilense = \"3s\"\n");

        var r = cis().run("config", "check");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains(f + ":3:1: error: unknown key 'silense' in [monitor]; did you mean"
                .replace("; did you mean", " (did you mean 'silence'?)"));
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void checkReportsABadEnvironmentValue() throws Exception {
        var r = cis().withEnv("CIS_MONITOR_SILENCE", "ten").run("config", "check");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("environment variable CIS_MONITOR_SILENCE: error: monitor.silence must be"
                + " a duration");
    }

    @Test
    void checkReportsAnAgentProfileThatDoesNotResolve() throws Exception {
        config("[agents.mine]\nextends = \"nosuch\"\n");

        var r = cis().run("config", "check");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("agents.mine");
    }
}
