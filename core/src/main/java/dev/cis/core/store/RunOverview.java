package dev.cis.core.store;

import dev.cis.core.model.RunSummary;
import java.util.Objects;

/**
 * A run and the counts of its tasks, as listed by {@link RunStore#listRuns(int)}.
 *
 * @param run     the run
 * @param summary its tasks by outcome
 */
public record RunOverview(RunRecord run, RunSummary summary) {

    public RunOverview {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(summary, "summary");
    }
}
