package dev.cis.core.dag;

import java.util.Locale;
import java.util.Optional;

/** What a failed task means for the rest of the run. */
public enum Policy {
    /** A failed task skips its dependents; other branches keep running; the run fails at the end. */
    ALL_SUCCESS,
    /** Dependents of a failed task still run; their context says the upstream failed. */
    ALLOW_FAILURE,
    /** The run succeeds as soon as any sink task succeeds; remaining tasks are cancelled. */
    FIRST_SUCCESS;

    /** The name used in DAG files, e.g. {@code all_success}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Policy> fromFileName(String s) {
        for (Policy p : values()) {
            if (p.fileName().equals(s)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
