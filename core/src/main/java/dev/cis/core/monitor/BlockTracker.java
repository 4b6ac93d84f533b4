package dev.cis.core.monitor;

/**
 * Debounces what the detectors see into reported states: a candidate must show, unchanged, for the debounce time
 * before it is reported as blocked, and a reported block must be gone (or replaced by another question) for the
 * debounce time before it is reported as recovered. Redraws, spinners and output cut between two evaluations do
 * not make it flap. Times are monotonic nanoseconds. Not thread-safe.
 */
final class BlockTracker {

    /** What the caller should do after an update. */
    enum Step {
        /** Nothing changed. */
        NONE,
        /** The pending candidate held long enough: report it (then call {@link #reported}). */
        BLOCK,
        /** The reported block is over: report the recovery (already recorded here). */
        RECOVER
    }

    private final long debounceNanos;
    private Candidate pending;
    private long pendingSince;
    private Candidate reported;
    private long goneSince = -1;

    BlockTracker(long debounceNanos) {
        this.debounceNanos = debounceNanos;
    }

    /** Feeds what the detectors see now ({@code current} null: nothing). */
    Step update(long now, Candidate current) {
        trackPending(now, current);
        if (reported != null) {
            if (reported.sameAs(current)) {
                goneSince = -1;
                return Step.NONE;
            }
            if (goneSince < 0) {
                goneSince = now;
            }
            if (now - goneSince >= debounceNanos) {
                reported = null;
                goneSince = -1;
                return Step.RECOVER;
            }
            return Step.NONE;
        }
        return pending != null && now - pendingSince >= debounceNanos ? Step.BLOCK : Step.NONE;
    }

    private void trackPending(long now, Candidate current) {
        if (current == null || current.sameAs(reported)) {
            pending = null;
        } else if (!current.sameAs(pending)) {
            pending = current;
            pendingSince = now;
        } else {
            pending = current;
        }
    }

    /** The candidate that held long enough, once {@link #update} said {@link Step#BLOCK}. */
    Candidate pending() {
        return pending;
    }

    /** Since when the pending candidate shows. */
    long pendingSince() {
        return pendingSince;
    }

    /** Records that {@code candidate} was reported as blocked. */
    void reported(Candidate candidate) {
        reported = candidate;
        goneSince = -1;
        if (candidate.sameAs(pending)) {
            pending = null;
        }
    }

    Candidate current() {
        return reported;
    }

    /** Forgets everything (the session ended). */
    void clear() {
        pending = null;
        reported = null;
        goneSince = -1;
    }
}
