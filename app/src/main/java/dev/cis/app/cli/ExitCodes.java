package dev.cis.app.cli;

/** Exit codes of every {@code cis} command. */
public final class ExitCodes {
    /** Everything went as asked. */
    public static final int OK = 0;
    /** The work failed: a run failed, a task failed, a node could not do what was asked. */
    public static final int FAILED = 1;
    /** Usage or input error: bad option, broken DAG file, unknown run. Nothing was changed. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
