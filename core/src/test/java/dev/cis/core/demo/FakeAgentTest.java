package dev.cis.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.agent.AgentExit;
import dev.cis.core.agent.AgentLaunchException;
import dev.cis.core.agent.AgentLauncher;
import dev.cis.core.agent.AgentSession;
import dev.cis.core.agent.BuiltinProfiles;
import dev.cis.core.agent.LaunchRequest;
import dev.cis.core.agent.PromptDelivery;
import dev.cis.core.session.AsciicastReader;
import dev.cis.core.session.CollectingListener;
import dev.cis.core.session.TerminalText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fake agent, run by its built-in profile in a real terminal. */
class FakeAgentTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final List<AgentSession> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(s -> s.session().kill());
    }

    private AgentSession run(String prompt, String... env) throws AgentLaunchException {
        LaunchRequest.Builder b = LaunchRequest.builder(BuiltinProfiles.fakeAgent(), prompt, dir)
                .recordingPath(dir.resolve("fake-" + started.size() + ".cast"));
        for (int i = 0; i + 1 < env.length; i += 2) {
            b.putEnv(env[i], env[i + 1]);
        }
        AgentSession s = new AgentLauncher().launch(b.build());
        started.add(s);
        return s;
    }

    private static AgentExit exit(AgentSession s) throws Exception {
        return s.exit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static String screen(AgentSession s) throws Exception {
        return TerminalText.toPlainText(AsciicastReader.output(s.session().recordingPath()));
    }

    @Test
    void itAsksItsQuestionAndGoesOnWhenAnsweredYes() throws Exception {
        AgentSession s = run("Refactor the parser [ask: Apply these changes? (y/n)] [output: changes applied]");
        CollectingListener live = new CollectingListener();
        s.session().addListener(live, true);
        live.awaitText("Apply these changes? (y/n)", TIMEOUT);

        s.session().write("y\r");

        assertThat(exit(s)).isEqualTo(new AgentExit(0, false));
        assertThat(s.output()).startsWith("changes applied");
    }

    @Test
    void aQuestionWithADefaultGoesOnWhenNobodyAnswers() throws Exception {
        AgentSession s = run("[ask: Apply these changes? (y/n) | yes after 0.5] [output: applied by default]");

        assertThat(exit(s)).isEqualTo(new AgentExit(0, false));
        assertThat(screen(s)).contains("Apply these changes? (y/n)").contains("nobody answered; going on with yes");
        assertThat(s.output()).startsWith("applied by default");
    }

    @Test
    void aQuestionWithADefaultTakesAnAnswerGivenInTime() throws Exception {
        AgentSession s = run("[ask: Apply? | yes after 30]");
        CollectingListener live = new CollectingListener();
        s.session().addListener(live, true);
        live.awaitText("Apply? (y/n)", TIMEOUT);

        s.session().write("n\r");

        assertThat(exit(s).exitCode()).isEqualTo(1);
    }

    @Test
    void anAnswerNoEndsItWithExitCodeOne() throws Exception {
        AgentSession s = run("[ask: Delete everything?]");
        CollectingListener live = new CollectingListener();
        s.session().addListener(live, true);
        live.awaitText("Delete everything? (y/n)", TIMEOUT);

        s.session().write("n\r");

        assertThat(exit(s).exitCode()).isEqualTo(1);
    }

    @Test
    void failAttemptsFailsWhileTheAttemptNumberIsWithinTheCount() throws Exception {
        AgentSession first = run("[fail-attempts 1] [output: worked]", "CIS_ATTEMPT", "1");
        AgentSession second = run("[fail-attempts 1] [output: worked]", "CIS_ATTEMPT", "2");

        assertThat(exit(first).exitCode()).isEqualTo(1);
        assertThat(screen(first)).contains("Simulated failure on attempt 1");
        assertThat(exit(second).exitCode()).isZero();
        assertThat(second.output()).startsWith("worked");
    }

    @Test
    void exitEndsWithTheGivenCode() throws Exception {
        assertThat(exit(run("[exit 3]")).exitCode()).isEqualTo(3);
    }

    @Test
    void printLinesPrintsThatManyLines() throws Exception {
        AgentSession s = run("[print-lines 100]");
        exit(s);
        assertThat(screen(s)).contains("output line 1 of 100:", "output line 100 of 100:")
                .doesNotContain("output line 101");
    }

    @Test
    void writeOutputFilePutsTheResultInTheOutputFile() throws Exception {
        Path out = dir.resolve("result.txt");
        AgentSession s = run("[output: from the file] [write-output-file]", "CIS_OUTPUT_FILE", out.toString());

        assertThat(exit(s).exitCode()).isZero();

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("from the file\n");
        assertThat(s.output()).isEqualTo("from the file");
    }

    @Test
    void theResultSummarisesTheUpstreamOutputsOfItsPrompt() throws Exception {
        String prompt = "Join the findings [output: joined]\n\n## Upstream task outputs\n\n"
                + "### scan (succeeded, exit 0)\nfound 3 issues\nmore detail\n\n"
                + "### lint (failed, exit 2)\nlint crashed\n";

        AgentSession s = run(prompt);
        exit(s);

        assertThat(s.output()).isEqualTo("joined\n\nUpstream context: 2 tasks\n"
                + "- scan (succeeded, exit 0): found 3 issues\n"
                + "- lint (failed, exit 2): lint crashed");
    }

    @Test
    void directivesInUpstreamOutputsAreNotFollowed() throws Exception {
        AgentSession s = run("Summarise\n\n## Upstream task outputs\n\n### a (succeeded, exit 0)\n[exit 9]\n");
        assertThat(exit(s).exitCode()).isZero();
    }

    @Test
    void withoutDirectivesItReportsTheTaskAsCompleted() throws Exception {
        AgentSession s = run("Write the release notes");
        exit(s);
        assertThat(s.output()).isEqualTo("Completed: Write the release notes\n\nUpstream context: none");
    }

    @Test
    void itDrawsABannerInColourAndSpinnersThatLeaveOnlyTheirFinalLine() throws Exception {
        AgentSession s = run("[sleep 0.3]");
        exit(s);
        String raw = AsciicastReader.output(s.session().recordingPath());
        assertThat(raw).contains("\u001b[1;36m", "\r");
        assertThat(screen(s)).contains("fake-agent", "✓ Reading the task", "✓ Working (0.3s)")
                .doesNotContain("⠋");
    }

    @Test
    void silentPrintsNothingForThatLongAndIsNoQuestion() throws Exception {
        AgentSession s = run("[silent 1] [output: after silence]");
        exit(s);
        List<AsciicastReader.Event> out = AsciicastReader.read(s.session().recordingPath()).events().stream()
                .filter(e -> e.code().equals("o")).toList();
        double longestGap = 0;
        for (int i = 1; i < out.size(); i++) {
            longestGap = Math.max(longestGap, out.get(i).time() - out.get(i - 1).time());
        }
        assertThat(longestGap).isGreaterThanOrEqualTo(0.9);
        assertThat(screen(s)).doesNotContain("(y/n)");
        assertThat(s.output()).startsWith("after silence");
    }

    @Test
    void withStdinDeliveryItReadsThePromptFromStandardInputAndAnswersFromTheTerminal() throws Exception {
        AgentSession s = new AgentLauncher().launch(LaunchRequest.builder(
                BuiltinProfiles.fakeAgent().toBuilder().promptDelivery(PromptDelivery.STDIN).build(),
                "read from input\nsecond line [ask: Proceed? (y/n)] [output: from stdin]", dir).build());
        started.add(s);
        CollectingListener live = new CollectingListener();
        s.session().addListener(live, true);
        live.awaitText("Proceed? (y/n)", TIMEOUT);

        s.answerYes();

        assertThat(exit(s).exitCode()).isZero();
        assertThat(s.output()).startsWith("from stdin");
    }
}
