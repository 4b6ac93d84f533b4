package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.RunStatus;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.event.EventBus;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.store.AttemptEnd;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.TaskRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the store tell the truth after the node stopped without warning (SIGKILL, power loss, crash):
 * attempts that were running are ended as interrupted, their processes are killed if any survived, and
 * their tasks are retried when they have attempts left, or failed. Completed tasks are never touched.
 */
public final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    /** A process that started this long after its attempt began is not the attempt's process (pid reused). */
    private static final Duration PID_MATCH = Duration.ofSeconds(10);

    private final RunStore store;
    private final EventBus bus;
    private final Clock clock;
    private final Function<RunRecord, Dag> dagOfRun;

    public Recovery(RunStore store, EventBus bus, Clock clock, Function<RunRecord, Dag> dagOfRun) {
        this.store = store;
        this.bus = bus;
        this.clock = clock;
        this.dagOfRun = dagOfRun;
    }

    /** Ends the unfinished attempts of {@code nodeId}; returns the runs that should be resumed. */
    public List<String> recover(String nodeId) {
        Map<String, Optional<Dag>> dags = new HashMap<>();
        for (AttemptRecord a : store.unfinishedAttempts(nodeId)) {
            killLeftover(a);
            String runId = a.key().runId();
            Optional<Dag> dag = dags.computeIfAbsent(runId, this::dagOf);
            Optional<TaskSpec> task = dag.flatMap(d -> d.task(a.key().taskId()));
            int budgetFrom = store.task(runId, a.key().taskId()).map(TaskRecord::budgetFrom).orElse(0);
            boolean retry = task.isPresent() && RetryRule.mayRetry(task.get(), a.key().attempt(), budgetFrom);
            TaskStatus next = retry ? TaskStatus.RETRYING : TaskStatus.FAILED;
            if (store.endAttempt(a.key(), AttemptEnd.interrupted(), next)) {
                LOG.info("attempt {} was running when the node stopped; task is now {}", a.key(), next.wireName());
                bus.publish(new TaskStatusChanged(clock.instant(), runId, a.key().taskId(), TaskStatus.RUNNING, next,
                        a.key().attempt(), null, AttemptEnd.INTERRUPTED_REASON));
            }
        }
        List<String> resume = new ArrayList<>();
        for (RunRecord r : store.activeRuns()) {
            if (r.status() == RunStatus.RUNNING && Objects.equals(r.nodeId(), nodeId)) {
                resume.add(r.id());
            }
        }
        return resume;
    }

    private Optional<Dag> dagOf(String runId) {
        try {
            return store.findRun(runId).map(dagOfRun);
        } catch (RuntimeException e) {
            LOG.warn("could not read the DAG of run {}: {}", runId, e.getMessage());
            return Optional.empty();
        }
    }

    /** Kills the attempt's process group if it outlived the node, unless its pid now belongs to another program. */
    private void killLeftover(AttemptRecord a) {
        if (a.pid() == null) {
            return;
        }
        ProcessHandle.of(a.pid()).ifPresent(p -> {
            Instant started = p.info().startInstant().orElse(null);
            Instant attemptStart = a.startedAt();
            if (started == null || attemptStart == null
                    || started.isAfter(attemptStart.plus(PID_MATCH)) || started.isBefore(attemptStart.minus(PID_MATCH))) {
                return;
            }
            LOG.info("killing process {} left over from attempt {}", a.pid(), a.key());
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }
}
