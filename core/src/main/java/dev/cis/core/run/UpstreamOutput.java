package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
/**
 * The stored result of a dependency, as handed to a task that depends on it.
 *
 * @param taskId   the dependency's id
 * @param status   how it ended
 * @param exitCode exit code of its last attempt, null when it never ran
 * @param output   its output text ("" when none)
 */
public record UpstreamOutput(String taskId, TaskStatus status, Integer exitCode, String output) {

    public UpstreamOutput {
        output = output == null ? "" : output;
    }
}
