package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.agent.AgentProfile;
import dev.cis.core.agent.BuiltinProfiles;
import dev.cis.core.event.SessionBlocked;
import dev.cis.core.event.SessionRecovered;
import dev.cis.core.session.Session;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedrawTest {

    /** Asks, then a background job redraws the screen after a while; the shell keeps reading. */
    private static final String ASK_THEN = "printf 'Apply these changes? (y/n) '; (sleep 1.5; %s) & read answer";

    @TempDir
    Path dir;

    private MonitorHarness h;

    @BeforeEach
    void setUp() {
        h = new MonitorHarness(dir, MonitorHarness.quick().withSilence(java.time.Duration.ZERO));
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void aFullScreenRedrawThatShowsTheQuestionAgainKeepsTheSessionBlocked() throws Exception {
        Session s = h.sh(String.format(ASK_THEN, "printf '\\033[2J\\033[HNew header\\r\\n\\r\\n"
                + "Apply these changes? (y/n) '; sleep 1; printf '\\0337\\033[2;1Hredrawn\\0338'"));
        h.awaitBlocked(s);
        h.awaitScreen(s, l -> l.equals("redrawn"));
        assertThat(h.blocked(s)).hasSize(1);
        assertThat(h.recovered(s)).isEmpty();
        assertThat(h.monitors.state(s.id())).isPresent();
    }

    @Test
    void aFullScreenRedrawThatClearsTheQuestionIsARecoveryDetected() throws Exception {
        Session s = h.sh(String.format(ASK_THEN, "printf '\\033[2J\\033[HThe question timed out; going on\\r\\n'"));
        h.awaitBlocked(s);
        assertThat(h.awaitRecovered(s).how()).isEqualTo(SessionRecovered.How.DETECTED);
        assertThat(h.monitors.state(s.id())).isEmpty();
        assertThat(h.reports).contains(new MonitorHarness.Report(s.id(), false, "went on by itself"));
    }

    @Test
    void aSpinnerRedrawingTheWholeScreenAroundAQuestionDoesNotFlap() throws Exception {
        String frames = "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do for f in '⠋' '⠙' '⠹' '⠸'; do"
                + " printf '\\033[H\\033[2J%s Thinking (%s)\\r\\nApply these changes? (y/n) ' \"$f\" \"$i\";"
                + " sleep 0.03;"
                + " done; done; printf '\\0337\\033[5;1Hspinner stopped\\0338'";
        Session s = h.sh("(" + frames + ") & read answer");
        h.awaitScreen(s, l -> l.equals("spinner stopped"));
        assertThat(h.blocked(s)).hasSize(1);
        assertThat(h.recovered(s)).isEmpty();
    }

    @Test
    void aQuestionLineWithARunningTimerAndSpinnerIsOneBlock() throws Exception {
        String frames = "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do for f in '⠋' '⠙' '⠹' '⠸'; do"
                + " printf '\\r\\033[K%s waiting %ss: Apply these changes? (y/n) ' \"$f\" \"$i\"; sleep 0.03;"
                + " done; done; printf '\\0337\\033[5;1Htimer stopped\\0338'";
        Session s = h.sh("(" + frames + ") & read answer");
        h.awaitScreen(s, l -> l.equals("timer stopped"));
        assertThat(h.blocked(s)).hasSize(1);
        assertThat(h.recovered(s)).isEmpty();
    }

    @Test
    void aQuestionDrawnWithCursorMovementsIsReadFromTheRenderedScreen() throws Exception {
        // "(y/x)" is drawn, then the cursor goes back and overwrites x with n: the raw bytes never say "(y/n)"
        Session s = h.sh("printf 'Apply these changes? (y/x)\\b\\bn)\\033[K '; read answer");
        SessionBlocked b = h.awaitBlocked(s);
        assertThat(b.signal()).isEqualTo("pattern:yes_no");
        assertThat(b.screenLines()).containsExactly("Apply these changes? (y/n)");
    }

    @Test
    void anAutoAnswerRuleAnswersTheQuestionAndTheRecoveryIsAuto() throws Exception {
        AgentProfile profile = BuiltinProfiles.shell().toBuilder().autoAnswer(true)
                .autoAnswerRule("apply", "Apply these changes\\? \\(y/n\\)\\s*$", "y\r").build();
        Session s = h.start(List.of("/bin/sh", "-c",
                "printf 'Apply these changes? (y/x)\\b\\bn) '; read answer; echo \"got $answer\"; read more"), profile);
        SessionBlocked b = h.awaitBlocked(s);
        assertThat(b.signal()).isEqualTo("pattern:yes_no");
        assertThat(h.awaitRecovered(s).how()).isEqualTo(SessionRecovered.How.AUTO);
        h.awaitScreen(s, l -> l.equals("got y"));
    }

    @Test
    void autoAnswerRulesAreNotAppliedWhenTheProfileLeavesThemOff() throws Exception {
        AgentProfile profile = BuiltinProfiles.shell().toBuilder()
                .autoAnswerRule("apply", "Apply these changes\\? \\(y/n\\)\\s*$", "y\r").build();
        Session s = h.start(List.of("/bin/sh", "-c", "printf 'Apply these changes? (y/n) '; read answer; "
                + "echo \"got $answer\"; read more"), profile);
        h.awaitBlocked(s);
        s.write("n\r");
        h.awaitScreen(s, l -> l.equals("got n"));
        assertThat(h.awaitRecovered(s).how()).isEqualTo(SessionRecovered.How.DETECTED);
    }
}
