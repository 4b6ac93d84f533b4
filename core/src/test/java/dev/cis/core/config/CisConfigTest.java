package dev.cis.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cis.core.dag.DagDefaults;
import dev.cis.core.dag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CisConfigTest {

    @TempDir
    Path home;

    private Path write(String text) throws IOException {
        return Files.writeString(home.resolve("config.toml"), text);
    }

    @Test
    void missingFileGivesTheStandardDefaults() throws ConfigException {
        CisConfig c = CisConfig.load(home.resolve("config.toml"));

        assertThat(c.dagDefaults()).isEqualTo(DagDefaults.standard());
        assertThat(c.agents()).isEmpty();
        assertThat(c.warnings()).isEmpty();
        assertThat(c.knownAgents()).containsExactly("shell", "claude", "codex", "aider", "opencode", "gemini", "kimi",
                "fake-agent");
    }

    @Test
    void dagDefaultsAndAgentTablesAreRead() throws IOException, ConfigException {
        CisConfig c = CisConfig.load(write("""
                [dag]
                max_workers = 8
                default_agent = "my-claude"
                task_timeout_secs = 120

                [agents.my-claude]
                executable = "claude"
                args = ["-p", "{prompt}"]

                [agents.codex]
                env = { CODEX_HOME = "/tmp/x" }
                """));

        assertThat(c.dagDefaults()).isEqualTo(new DagDefaults(8, "my-claude", 120));
        assertThat(c.agents()).containsOnlyKeys("my-claude", "codex");
        assertThat(c.agents().get("my-claude")).isEqualTo(Map.of("executable", "claude",
                "args", java.util.List.of("-p", "{prompt}")));
        assertThat(c.agents().get("codex")).isEqualTo(Map.of("env", Map.of("CODEX_HOME", "/tmp/x")));
        assertThat(c.knownAgents()).contains("shell", "my-claude").endsWith("my-claude");
    }

    @Test
    void unknownSectionsAndKeysAreWarnings() throws IOException, ConfigException {
        CisConfig c = CisConfig.load(write("[agent.x]\na = 1\n\n[dag]\nmax_worker = 2\n"
                + "[dag.matrix]\nroom = \"#r:x\"\n"));

        assertThat(c.warnings()).extracting(Diagnostic::format).containsExactly(
                home.resolve("config.toml")
                        + ":1:2: warning: unknown section 'agent' (did you mean 'agents'?); it is ignored",
                home.resolve("config.toml") + ":5:1: warning: unknown key 'max_worker' in [dag] (did you mean"
                        + " 'max_workers'?); it is ignored");
        assertThat(c.raw()).containsKey("agent");
    }

    @Test
    void brokenTomlIsAnErrorWithFileLineAndColumn() throws IOException {
        Path f = write("[dag]\nmax_workers = \n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> CisConfig.load(f));

        assertThat(e.getMessage()).isEqualTo(f
                + ":2:15: error: not valid TOML: expected a value, found the end of the line");
    }

    @Test
    void wrongTypesAndRangesAreAllReported() throws IOException {
        Path f = write("[dag]\nmax_workers = 0\ntask_timeout_secs = \"1h\"\ndefault_agent = \"claud\"\n"
                + "[agents]\nx = 1\n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> CisConfig.load(f));

        assertThat(e.errors()).extracting(Diagnostic::line).containsExactlyInAnyOrder(2, 3, 4, 6);
        assertThat(e.getMessage())
                .contains(f + ":2:15: error: dag.max_workers must be between 1 and 256, found 0")
                .contains(f + ":3:21: error: dag.task_timeout_secs must be an integer, found string \"1h\"")
                .contains("dag.default_agent names 'claud', which is not a known agent (did you mean 'claude'?)")
                .contains(f + ":6:5: error: agents.x must be a table ([agents.x]), found integer 1");
    }

    @Test
    void inputIsRecordedUnlessTheConfigSaysOtherwise() throws IOException, ConfigException {
        assertThat(CisConfig.load(home.resolve("config.toml")).recordInput()).isTrue();
        assertThat(CisConfig.load(write("record_input = true\n")).recordInput()).isTrue();
    }

    @Test
    void recordInputFalseTurnsInputRecordingOffWithoutWarnings() throws IOException, ConfigException {
        CisConfig c = CisConfig.load(write("record_input = false\n\n[dag]\nmax_workers = 2\n"));

        assertThat(c.recordInput()).isFalse();
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void recordInputThatIsNotABooleanIsAnErrorNamingTheLine() throws IOException {
        Path f = write("record_input = \"no\"\n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> CisConfig.load(f));

        assertThat(e.getMessage()).isEqualTo(f + ":1:16: error: record_input must be true or false, found string \"no\"");
    }
}
