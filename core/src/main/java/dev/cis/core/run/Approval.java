package dev.cis.core.run;

import java.util.Locale;
import java.util.Optional;

/** A person's decision on a gated task. */
public enum Approval {
    /** Nobody decided yet. */
    NONE,
    /** Run it. */
    APPROVED,
    /** Do not run it; it ends as skipped (its dependents follow the policy). */
    SKIP,
    /** Stop the whole run. */
    ABORT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Approval> fromWireName(String s) {
        for (Approval a : values()) {
            if (a.wireName().equals(s)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
