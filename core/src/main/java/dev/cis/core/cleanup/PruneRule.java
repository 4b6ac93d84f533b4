package dev.cis.core.cleanup;

import dev.cis.core.store.RunRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which runs {@code cis dag prune} deletes: finished runs that ended more than {@code olderThan} ago (a run that
 * never ended counts from its creation), except the newest {@code keep} runs, whatever their age. Active runs
 * are never chosen.
 *
 * @param olderThan the age a run must exceed, {@link Duration#ZERO} for any age
 * @param keep      how many of the newest runs stay regardless of age, 0 for none
 */
public record PruneRule(Duration olderThan, int keep) {

    public PruneRule {
        if (olderThan.isNegative() || keep < 0) {
            throw new IllegalArgumentException("olderThan and keep must not be negative");
        }
    }

    /** The runs of {@code runs} to delete at {@code now}, newest first. */
    public List<RunRecord> select(List<RunRecord> runs, Instant now) {
        List<RunRecord> newestFirst = new ArrayList<>(runs);
        newestFirst.sort(Comparator.comparing(RunRecord::createdAt).reversed());
        Instant cutoff = now.minus(olderThan);
        List<RunRecord> out = new ArrayList<>();
        for (int i = keep; i < newestFirst.size(); i++) {
            RunRecord r = newestFirst.get(i);
            Instant ended = r.finishedAt() == null ? r.createdAt() : r.finishedAt();
            if (!r.isActive() && ended.isBefore(cutoff)) {
                out.add(r);
            }
        }
        return out;
    }
}
