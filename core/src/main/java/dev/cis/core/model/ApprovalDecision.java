package dev.cis.core.model;

import java.util.Locale;
import java.util.Optional;

/** What a person decided about a task that waited for approval. */
public enum ApprovalDecision {
    /** Run the task. */
    APPROVE,
    /** Do not run it; mark it skipped. */
    SKIP,
    /** Cancel the whole run. */
    ABORT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApprovalDecision> fromWireName(String s) {
        for (ApprovalDecision d : values()) {
            if (d.wireName().equals(s)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
