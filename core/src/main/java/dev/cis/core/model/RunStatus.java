package dev.cis.core.model;

import java.util.Locale;
import java.util.Optional;

/** Where a run stands. */
public enum RunStatus {
    /** Created, not started by an executor yet. */
    CREATED(false),
    RUNNING(false),
    COMPLETED(true),
    FAILED(true),
    CANCELLED(true);

    private final boolean terminal;

    RunStatus(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RunStatus> fromWireName(String s) {
        for (RunStatus t : values()) {
            if (t.wireName().equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
