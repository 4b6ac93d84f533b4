package dev.cis.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.session.CollectingListener;
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
import org.junit.jupiter.api.io.TempDir;

class AgentLauncherTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final AgentLauncher launcher = new AgentLauncher();
    private final List<AgentSession> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(s -> s.session().kill());
    }

    private AgentSession launch(LaunchRequest request) throws AgentLaunchException {
        AgentSession s = launcher.launch(request);
        started.add(s);
        return s;
    }

    private static AgentExit exit(AgentSession s) throws Exception {
        return s.exit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void aMissingExecutableIsAClearErrorNamingTheProfileAndThePathSearched() {
        AgentProfile profile = AgentProfile.builder("ghost", "no-such-agent-cli").build();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", dir + "/bin:/nonexistent/tools");
        AgentLauncher isolated = new AgentLauncher(env);

        assertThatThrownBy(() -> isolated.launch(LaunchRequest.builder(profile, "hi", dir).build()))
                .isInstanceOfSatisfying(ExecutableNotFoundException.class, e -> {
                    assertThat(e.profile()).isEqualTo("ghost");
                    assertThat(e.searched()).containsExactly(dir + "/bin", "/nonexistent/tools");
                    assertThat(e.getMessage()).isEqualTo("agent \"ghost\": executable \"no-such-agent-cli\" was not "
                            + "found on PATH (searched: " + dir + "/bin, /nonexistent/tools). Install it, add its "
                            + "folder to PATH, or set agents.ghost.executable in config.toml to its full path.");
                });
    }

    @Test
    void theShellProfileRunsThePromptAsACommand() throws Exception {
        AgentSession s = launch(LaunchRequest.builder(BuiltinProfiles.shell(), "echo from-shell; exit 3", dir).build());

        assertThat(exit(s)).isEqualTo(new AgentExit(3, false));
        assertThat(s.output()).isEqualTo("from-shell");
        assertThat(s.commandLine()).containsExactly("/bin/sh", "-c", "echo from-shell; exit 3");
    }

    @Test
    void theEnvironmentIsTerminalThenProfileThenRequest() throws Exception {
        AgentProfile profile = BuiltinProfiles.shell().toBuilder().putEnv("A", "profile").putEnv("B", "profile").build();
        AgentSession s = launch(LaunchRequest.builder(profile, "echo \"$A $B $TERM\"", dir).putEnv("B", "request").build());

        exit(s);

        assertThat(s.output()).isEqualTo("profile request xterm-256color");
    }

    @Test
    void stdinDeliveryGivesTheWholePromptAsStandardInput() throws Exception {
        AgentProfile cat = AgentProfile.builder("cat-stdin", "cat").promptDelivery(PromptDelivery.STDIN).build();
        String prompt = "first line\n" + "x".repeat(300_000) + "\nlast line";

        AgentSession s = launch(LaunchRequest.builder(cat, prompt, dir).recordingPath(dir.resolve("c.cast")).build());

        assertThat(exit(s).exitCode()).isZero();
        assertThat(s.output()).isEqualTo(prompt);
    }

    @Test
    void aPromptFileArgumentHoldsThePromptAndIsRemovedAfterwards() throws Exception {
        AgentProfile cat = AgentProfile.builder("cat-file", "cat").args(AgentProfile.PROMPT_FILE).build();

        AgentSession s = launch(LaunchRequest.builder(cat, "line one\nline two", dir).build());

        assertThat(exit(s).exitCode()).isZero();
        assertThat(s.output()).isEqualTo("line one\nline two");
        assertThat(Path.of(s.commandLine().get(1))).doesNotExist();
    }

    @Test
    void aPromptTooLongForAnArgumentIsRefusedWithAWayOut() {
        AgentProfile echo = AgentProfile.builder("echo", "echo").build();

        assertThatThrownBy(() -> launch(LaunchRequest.builder(echo, "y".repeat(200_000), dir).build()))
                .isInstanceOf(AgentLaunchException.class)
                .hasMessageContaining("prompt_delivery = \"stdin\"");
    }

    @Test
    void theOutputFileWrittenByTheAgentIsItsResult() throws Exception {
        Path out = dir.resolve("out/result.txt");
        Files.createDirectories(out.getParent());
        AgentSession s = launch(LaunchRequest.builder(BuiltinProfiles.shell(),
                "echo noise; printf 'the result' > \"$CIS_OUTPUT_FILE\"", dir).putEnv("CIS_OUTPUT_FILE", out.toString())
                .build());

        exit(s);

        assertThat(s.outputFile()).isEqualTo(out);
        assertThat(s.output()).isEqualTo("the result");
    }

    @Test
    void outputCanBeLimitedToItsEnd() throws Exception {
        AgentSession s = launch(LaunchRequest.builder(BuiltinProfiles.shell(),
                "i=0; while [ $i -lt 3000 ]; do echo \"line $i\"; i=$((i+1)); done", dir)
                .recordingPath(dir.resolve("long.cast")).build());
        exit(s);

        String tail = s.output(100);

        assertThat(tail).endsWith("line 2999").hasSizeLessThanOrEqualTo(100);
        assertThat(s.output()).startsWith("line 0\n").endsWith("line 2999");
    }

    @Test
    void placeholdersForWorkDirAndOutputFileAreReplaced() throws Exception {
        AgentProfile p = AgentProfile.builder("args", "/bin/sh")
                .args("-c", "printf '%s' \"$1\" > \"$2\"", "sh", AgentProfile.WORK_DIR, AgentProfile.OUTPUT_FILE)
                .promptDelivery(PromptDelivery.STDIN).build();

        AgentSession s = launch(LaunchRequest.builder(p, "", dir).build());
        exit(s);

        assertThat(s.output()).isEqualTo(dir.toString());
    }

    @Test
    void aFinishedPatternEndsAnAgentThatStaysAtItsPrompt() throws Exception {
        AgentProfile repl = BuiltinProfiles.fakeAgent().toBuilder()
                .finishedPattern("^> $").finishedQuiet(Duration.ofMillis(300)).build();

        AgentSession s = launch(LaunchRequest.builder(repl, "[output: stayed] [repl]", dir).build());

        assertThat(exit(s)).isEqualTo(new AgentExit(0, true));
        assertThat(s.output()).startsWith("stayed");
    }

    @Test
    void typedDeliveryWaitsForTheReadyPatternThenTypesThePrompt() throws Exception {
        AgentProfile typed = BuiltinProfiles.fakeAgent().toBuilder()
                .promptDelivery(PromptDelivery.TYPED).readyPattern("^> $").bracketedPaste(true).build();
        CollectingListener screen = new CollectingListener();

        AgentSession s = launch(LaunchRequest.builder(typed, "do the typed thing\nsecond line [output: typed ok]", dir)
                .build());
        s.session().addListener(screen, true);

        s.promptDelivered().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(exit(s).exitCode()).isZero();
        assertThat(s.output()).startsWith("typed ok");
        assertThat(screen.plainText()).containsSubsequence("> ", "Reading the task", "Result:");
    }

    @Test
    void typedDeliveryFailsWhenTheAgentEndsBeforeItIsReady() throws Exception {
        AgentProfile never = AgentProfile.builder("never-ready", "/bin/sh").args("-c", "echo bye")
                .promptDelivery(PromptDelivery.TYPED).readyPattern("^READY$").build();

        AgentSession s = launch(LaunchRequest.builder(never, "", dir).build());

        assertThat(exit(s).exitCode()).isZero();
        assertThat(s.promptDelivered()).isCompletedExceptionally();
    }

    @Test
    void quickAnswersSendTheProfileKeys() throws Exception {
        AgentSession s = launch(LaunchRequest.builder(BuiltinProfiles.fakeAgent(), "[ask: Go on? (y/n)]", dir).build());
        CollectingListener screen = new CollectingListener();
        s.session().addListener(screen, true);
        screen.awaitText("(y/n)", TIMEOUT);

        s.answerNo();

        assertThat(exit(s).exitCode()).isEqualTo(1);
    }
}
