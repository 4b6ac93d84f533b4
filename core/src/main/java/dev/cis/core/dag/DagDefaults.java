package dev.cis.core.dag;

/**
 * Values a DAG file falls back to when it does not set them (from the config file's {@code [dag]}).
 *
 * @param maxWorkers      tasks of a DAG running at once (1..256)
 * @param defaultAgent    agent profile of tasks that name none
 * @param taskTimeoutSecs per-attempt limit of tasks that set none
 */
public record DagDefaults(int maxWorkers, String defaultAgent, long taskTimeoutSecs) {

    public static final int MAX_WORKERS = 4;
    public static final String DEFAULT_AGENT = BuiltinAgents.SHELL;
    public static final long TASK_TIMEOUT_SECS = 3600;

    /** 4 workers, the {@code shell} agent, one hour per attempt. */
    public static DagDefaults standard() {
        return new DagDefaults(MAX_WORKERS, DEFAULT_AGENT, TASK_TIMEOUT_SECS);
    }
}
