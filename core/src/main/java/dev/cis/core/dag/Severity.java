package dev.cis.core.dag;

import java.util.Locale;

/** How bad a {@link Diagnostic} is: errors stop a run, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** {@code error} or {@code warning}, as printed. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
