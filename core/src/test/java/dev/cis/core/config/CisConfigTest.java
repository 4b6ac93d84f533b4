package dev.cis.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cis.core.dag.DagDefaults;
import dev.cis.core.dag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        CisConfig c = CisConfig.load(home.resolve("config.toml"), Map.of(), Map.of());

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
    void unknownSectionsAndKeysAreErrorsWithDidYouMean() throws IOException {
        Path f = write("[agent.x]\na = 1\n\n[monitor]\nsilense = \"5s\"\n[dag.matrix]\nroom = \"#r:x\"\n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> CisConfig.load(f, Map.of(), Map.of()));

        assertThat(e.errors()).extracting(Diagnostic::format).containsExactly(
                f + ":1:2: error: unknown section 'agent' (did you mean 'agents'?); known sections: dag, monitor,"
                        + " node, agents",
                f + ":5:1: error: unknown key 'silense' in [monitor] (did you mean 'silence'?); known keys: silence,"
                        + " debounce, question_lines, probe_every, evaluate_every, patterns");
    }

    @Test
    void monitorSettingsAreReadAsDurations() throws IOException, ConfigException {
        CisConfig c = CisConfig.load(write("[monitor]\nsilence = \"3s\"\ndebounce = \"250ms\"\n"
                + "question_lines = 20\n"), Map.of(), Map.of());

        assertThat(c.monitor().silence()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.monitor().debounce()).isEqualTo(Duration.ofMillis(250));
        assertThat(c.monitor().questionLines()).isEqualTo(20);
        assertThat(c.value(ConfigKeys.MONITOR_SILENCE).origin()).isEqualTo(home.resolve("config.toml") + ":2:11");
    }

    @Test
    void aDurationWithoutAUnitIsAnError() throws IOException {
        Path f = write("[monitor]\nsilence = 10\n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> CisConfig.load(f, Map.of(), Map.of()));

        assertThat(e.getMessage()).contains(f + ":2:11: error: monitor.silence must be a duration in quotes");
    }

    @Test
    void theEnvironmentOverridesTheFileAndAFlagOverridesBoth() throws IOException, ConfigException {
        Path f = write("[dag]\nmax_workers = 8\n[monitor]\nsilence = \"3s\"\n");

        CisConfig c = CisConfig.load(f, Map.of("CIS_DAG_MAX_WORKERS", "2", "CIS_MONITOR_SILENCE", "4s"),
                Map.of("monitor.silence", "5s"));

        assertThat(c.value(ConfigKeys.DAG_MAX_WORKERS).value()).isEqualTo(2L);
        assertThat(c.value(ConfigKeys.DAG_MAX_WORKERS).source()).isEqualTo(ConfigSource.ENVIRONMENT);
        assertThat(c.value(ConfigKeys.MONITOR_SILENCE).value()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.value(ConfigKeys.MONITOR_SILENCE).source()).isEqualTo(ConfigSource.FLAG);
        assertThat(c.value(ConfigKeys.DAG_TASK_TIMEOUT_SECS).source()).isEqualTo(ConfigSource.DEFAULT);
    }

    @Test
    void aBadEnvironmentValueNamesTheVariable() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> CisConfig.load(home.resolve("none"),
                Map.of("CIS_DAG_MAX_WORKERS", "many"), Map.of()));

        assertThat(e.getMessage()).isEqualTo("environment variable CIS_DAG_MAX_WORKERS: error: dag.max_workers must"
                + " be an integer, found 'many'");
    }

    @Test
    void anUnknownFlagSuggestsTheClosestSetting() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> CisConfig.load(home.resolve("none"),
                Map.of(), Map.of("monitor.silense", "1s")));

        assertThat(e.getMessage()).contains("unknown setting 'monitor.silense' (did you mean 'monitor.silence'?)");
    }

    @Test
    void patternsPerAgentAreAddedToItsBlockedPatterns() throws IOException, ConfigException {
        CisConfig c = CisConfig.load(write("[monitor.patterns.claude]\ndeploy = \"Deploy now\\\\?\"\n"
                + "[agents.claude]\nblocked_patterns = { trust = \"Trust\" }\n"), Map.of(), Map.of());

        assertThat(c.profileTables().get("claude").get("blocked_patterns"))
                .isEqualTo(Map.of("trust", "Trust", "deploy", "Deploy now\\?"));
    }

    @Test
    void brokenTomlIsAnErrorWithFileLineAndColumn() throws IOException {
        Path f = write("[dag]\nmax_workers = \n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> CisConfig.load(f, Map.of(), Map.of()));

        assertThat(e.getMessage()).isEqualTo(f
                + ":2:15: error: not valid TOML: expected a value, found the end of the line");
    }

    @Test
    void wrongTypesAndRangesAreAllReported() throws IOException {
        Path f = write("[dag]\nmax_workers = 0\ntask_timeout_secs = \"1h\"\ndefault_agent = \"claud\"\n"
                + "[agents]\nx = 1\n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> CisConfig.load(f, Map.of(), Map.of()));

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
        assertThat(CisConfig.load(write("[node]\nrecord_input = true\n")).recordInput()).isTrue();
    }

    @Test
    void recordInputFalseTurnsInputRecordingOffWithoutWarnings() throws IOException, ConfigException {
        CisConfig c = CisConfig.load(write("[node]\nrecord_input = false\n\n[dag]\nmax_workers = 2\n"));

        assertThat(c.recordInput()).isFalse();
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void recordInputThatIsNotABooleanIsAnErrorNamingTheLine() throws IOException {
        Path f = write("[node]\nrecord_input = \"no\"\n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> CisConfig.load(f));

        assertThat(e.getMessage()).contains(f + ":2:16: error: ").contains("record_input");
    }
}
