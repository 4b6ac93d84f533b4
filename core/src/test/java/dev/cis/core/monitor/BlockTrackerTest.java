package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTrackerTest {

    private static final long MS = 1_000_000;
    private final BlockTracker tracker = new BlockTracker(500 * MS);

    private static Candidate question(String key) {
        return new Candidate("pattern:yes_no", "asks: " + key, key, List.of(key), List.of("y", "n"), null);
    }

    private BlockTracker.Step blockAt(long ms, Candidate c) {
        BlockTracker.Step step = tracker.update(ms * MS, c);
        if (step == BlockTracker.Step.BLOCK) {
            tracker.reported(tracker.pending());
        }
        return step;
    }

    @Test
    void aCandidateIsReportedOnlyAfterItHeldForTheDebounceTime() {
        assertThat(blockAt(0, question("a"))).isEqualTo(BlockTracker.Step.NONE);
        assertThat(blockAt(400, question("a"))).isEqualTo(BlockTracker.Step.NONE);
        assertThat(blockAt(500, question("a"))).isEqualTo(BlockTracker.Step.BLOCK);
        assertThat(tracker.current()).isEqualTo(question("a"));
        assertThat(blockAt(900, question("a"))).isEqualTo(BlockTracker.Step.NONE);
    }

    @Test
    void aCandidateThatFlickersAwayStartsItsDebounceAgain() {
        blockAt(0, question("a"));
        blockAt(300, null);
        assertThat(blockAt(600, question("a"))).isEqualTo(BlockTracker.Step.NONE);
        assertThat(blockAt(1100, question("a"))).isEqualTo(BlockTracker.Step.BLOCK);
    }

    @Test
    void aBlockGoneForLessThanTheDebounceTimeIsNotARecovery() {
        blockAt(0, question("a"));
        blockAt(500, question("a"));
        assertThat(blockAt(600, null)).isEqualTo(BlockTracker.Step.NONE);
        assertThat(blockAt(1000, question("a"))).isEqualTo(BlockTracker.Step.NONE);
        assertThat(blockAt(1500, null)).isEqualTo(BlockTracker.Step.NONE);
        assertThat(tracker.current()).isNotNull();
    }

    @Test
    void aBlockGoneForTheDebounceTimeIsARecovery() {
        blockAt(0, question("a"));
        blockAt(500, question("a"));
        blockAt(600, null);
        assertThat(blockAt(1100, null)).isEqualTo(BlockTracker.Step.RECOVER);
        assertThat(tracker.current()).isNull();
    }

    @Test
    void aNewQuestionReplacingTheOldOneIsARecoveryThenABlock() {
        blockAt(0, question("a"));
        blockAt(500, question("a"));
        blockAt(600, question("b"));
        assertThat(blockAt(1100, question("b"))).isEqualTo(BlockTracker.Step.RECOVER);
        assertThat(blockAt(1150, question("b"))).isEqualTo(BlockTracker.Step.BLOCK);
        assertThat(tracker.current()).isEqualTo(question("b"));
    }

    @Test
    void theSameQuestionWithOtherLinesAroundItIsTheSameBlock() {
        Candidate shown = new Candidate("pattern:yes_no", "asks: a", "a", List.of("a", "❯ 1. Yes"), List.of(), null);
        Candidate moved = new Candidate("pattern:yes_no", "asks: a", "a", List.of("a", "  1. Yes"), List.of(), null);
        blockAt(0, shown);
        blockAt(500, shown);
        assertThat(blockAt(700, moved)).isEqualTo(BlockTracker.Step.NONE);
        assertThat(blockAt(1500, moved)).isEqualTo(BlockTracker.Step.NONE);
    }
}
