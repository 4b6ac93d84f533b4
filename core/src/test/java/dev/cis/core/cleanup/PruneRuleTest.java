package dev.cis.core.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.RunStatus;
import dev.cis.core.store.RunRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PruneRuleTest {

    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static RunRecord run(String id, int daysAgo, RunStatus status) {
        Instant at = NOW.minus(Duration.ofDays(daysAgo));
        return new RunRecord(id, "d", null, "", status, at, at, status.isTerminal() ? at : null, null, null);
    }

    private static List<String> ids(List<RunRecord> runs) {
        return runs.stream().map(RunRecord::id).toList();
    }

    @Test
    void selectsFinishedRunsOlderThanTheAge() {
        List<RunRecord> runs = List.of(run("new", 1, RunStatus.COMPLETED), run("old", 40, RunStatus.FAILED));

        assertThat(ids(new PruneRule(Duration.ofDays(30), 0).select(runs, NOW))).containsExactly("old");
    }

    @Test
    void keepsTheNewestRunsWhateverTheirAge() {
        List<RunRecord> runs = List.of(run("a", 50, RunStatus.COMPLETED), run("b", 60, RunStatus.COMPLETED),
                run("c", 70, RunStatus.COMPLETED));

        assertThat(ids(new PruneRule(Duration.ofDays(30), 2).select(runs, NOW))).containsExactly("c");
    }

    @Test
    void neverSelectsAnActiveRun() {
        List<RunRecord> runs = List.of(run("live", 90, RunStatus.RUNNING), run("made", 90, RunStatus.CREATED));

        assertThat(new PruneRule(Duration.ZERO, 0).select(runs, NOW)).isEmpty();
    }
}
