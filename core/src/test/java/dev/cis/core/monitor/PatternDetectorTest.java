package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.agent.AgentProfile;
import dev.cis.core.agent.BuiltinProfiles;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatternDetectorTest {

    private static Optional<Candidate> detect(AgentProfile profile, String output) {
        HeadlessScreen screen = new HeadlessScreen(80, 24);
        byte[] b = output.getBytes(StandardCharsets.UTF_8);
        screen.feed(b, 0, b.length);
        return new PatternDetector(profile, 15).detect(screen.snapshot());
    }

    @Test
    void anAnsweredQuestionIsNoLongerAQuestion() {
        assertThat(detect(BuiltinProfiles.shell(), "Apply? (y/n) y\r\nApplied.\r\n")).isEmpty();
    }

    @Test
    void aQuestionScrolledFarAboveTheCursorIsNotSearched() {
        StringBuilder out = new StringBuilder("Do you want to proceed?\r\n");
        for (int i = 0; i < 20; i++) {
            out.append("working on item ").append(i).append("\r\n");
        }
        assertThat(detect(BuiltinProfiles.claude(), out.toString())).isEmpty();
    }

    @Test
    void theNewestQuestionWins() {
        Candidate c = detect(BuiltinProfiles.shell(), "First? (y/n) y\r\nSecond? (y/n) ").orElseThrow();
        assertThat(c.reason()).isEqualTo("asks: Second? (y/n)");
        assertThat(c.lines()).containsExactly("Second? (y/n)");
    }

    @Test
    void timersAndSpinnerFramesOnTheQuestionLineDoNotChangeItsIdentity() {
        Candidate first = detect(BuiltinProfiles.shell(), "⠋ waiting 1s: Apply? (y/n) ").orElseThrow();
        Candidate later = detect(BuiltinProfiles.shell(), "⠸ waiting 12s: Apply? (y/n) ").orElseThrow();
        Candidate other = detect(BuiltinProfiles.shell(), "⠸ waiting 12s: Delete? (y/n) ").orElseThrow();
        assertThat(later.sameAs(first)).isTrue();
        assertThat(other.sameAs(first)).isFalse();
    }

    @Test
    void onOneLineTheProfilesFirstPatternNamesTheSignal() {
        assertThat(detect(BuiltinProfiles.codex(), "Allow command? [y/N] ").orElseThrow().signal())
                .isEqualTo("pattern:permission");
    }

    @Test
    void framesAndPromptMarksAreLeftOutOfTheReason() {
        assertThat(PatternDetector.question("│ ? Do you want to proceed?   │")).isEqualTo("Do you want to proceed?");
        assertThat(PatternDetector.question("> Password: ")).isEqualTo("Password:");
    }

    @Test
    void enabledAutoAnswerRulesAreQuestionsEvenWithoutABlockedPattern() {
        AgentProfile p = BuiltinProfiles.shell().toBuilder().removeBlocked("yes_no").autoAnswer(true)
                .autoAnswerRule("continue", "^Press Enter to continue$", "\r").build();
        Candidate c = detect(p, "Press Enter to continue\r\n").orElseThrow();
        assertThat(c.signal()).isEqualTo("pattern:continue");
        assertThat(c.auto().name()).isEqualTo("continue");
    }

    @Test
    void autoAnswerRulesOfAProfileThatLeavesThemOffAreIgnored() {
        AgentProfile p = BuiltinProfiles.shell().toBuilder().removeBlocked("yes_no")
                .autoAnswerRule("continue", "^Press Enter to continue$", "\r").build();
        assertThat(detect(p, "Press Enter to continue\r\n")).isEmpty();
    }
}
