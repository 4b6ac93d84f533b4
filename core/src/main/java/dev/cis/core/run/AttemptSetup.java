package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.config.CisHome;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.files.PrivateFiles;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.model.AttemptStatus;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.TaskOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares one attempt of a task: the upstream outputs, the prompt as sent, the context files and the
 * environment (DAG-FORMAT.md "Context injection" and "Environment given to every session").
 */
final class AttemptSetup {

    /** Agent profile whose prompt is a command that must never be changed. */
    static final String SHELL = "shell";

    private final RunStore store;
    private final CisHome home;
    private final String nodeId;

    AttemptSetup(RunStore store, CisHome home, String nodeId) {
        this.store = store;
        this.home = home;
        this.nodeId = nodeId;
    }

    /** What an attempt is started with. */
    record Prepared(String prompt, Map<String, String> env, Path attemptDir, Path recording) {
    }

    Prepared prepare(Dag dag, TaskSpec task, AttemptKey key, Map<String, TaskState> states) throws IOException {
        List<UpstreamOutput> upstream = upstream(key.runId(), task, states);
        String section = ContextInjection.upstreamSection(upstream);
        boolean shell = SHELL.equals(task.agent());
        String prompt = !shell && task.injectContext() ? ContextInjection.inject(task.prompt(), upstream) : task.prompt();

        Path dir = home.taskWorkDir(key.runId(), task.id()).resolve("attempt-" + key.attempt());
        Path upstreamDir = dir.resolve("upstream");
        PrivateFiles.createDirectories(upstreamDir);
        Path contextFile = dir.resolve("context.md");
        PrivateFiles.writeString(contextFile, task.injectContext() ? section : "");
        for (UpstreamOutput u : upstream) {
            PrivateFiles.writeString(upstreamDir.resolve(u.taskId() + ".txt"), u.output());
        }
        Path recording = home.recording(key.runId(), task.id(), key.attempt());
        PrivateFiles.createDirectories(recording.getParent());

        Map<String, String> env = new LinkedHashMap<>(dag.env());
        env.putAll(task.env());
        env.put("CIS_RUN_ID", key.runId());
        env.put("CIS_TASK_ID", task.id());
        env.put("CIS_SESSION_ID", key.sessionId());
        env.put("CIS_DAG_NAME", dag.name());
        env.put("CIS_WORK_DIR", task.workDir().toString());
        env.put("CIS_OUTPUT_FILE", dir.resolve("output.txt").toString());
        env.put("CIS_CONTEXT_FILE", contextFile.toString());
        env.put("CIS_UPSTREAM_DIR", upstreamDir.toString());
        env.put("CIS_ATTEMPT", Integer.toString(key.attempt()));
        env.put("CIS_NODE_ID", nodeId);
        env.put("TERM", "xterm-256color");
        return new Prepared(prompt, env, dir, recording);
    }

    private List<UpstreamOutput> upstream(String runId, TaskSpec task, Map<String, TaskState> states) {
        List<UpstreamOutput> out = new ArrayList<>(task.deps().size());
        for (String dep : task.deps()) {
            TaskStatus status = states.get(dep).status();
            TaskOutput o = store.output(runId, dep).orElse(null);
            if (o == null) {
                out.add(new UpstreamOutput(dep, status, null, ""));
            } else {
                TaskStatus shown = o.status() == AttemptStatus.COMPLETED ? TaskStatus.COMPLETED : status;
                out.add(new UpstreamOutput(dep, shown, o.exitCode(), o.text()));
            }
        }
        return out;
    }
}
