package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.ApprovalDecision;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.Policy;
import dev.cis.core.dag.TaskSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what happens next in a run: which tasks start, wait for approval, are skipped or cancelled,
 * and whether the run is over. Pure: it reads task states and returns a {@link Plan}; it changes
 * nothing and starts nothing, so every rule of the policies is tested without processes.
 */
public final class Planner {

    private final Dag dag;
    private final List<TaskSpec> topo;
    private final Set<String> sinks;

    public Planner(Dag dag) {
        this.dag = dag;
        Map<String, TaskSpec> byId = dag.tasksById();
        this.topo = new ArrayList<>(dag.tasks().size());
        for (String id : dag.topologicalOrder()) {
            topo.add(byId.get(id));
        }
        this.sinks = new HashSet<>(dag.sinks());
    }

    public Dag dag() {
        return dag;
    }

    /** The plan for the given task states (every task of the DAG must have one) at time {@code now}. */
    public Plan decide(Map<String, TaskState> states, Instant now) {
        Map<String, TaskStatus> st = new HashMap<>(states.size() * 2);
        states.forEach((id, s) -> st.put(id, s.status()));
        Builder b = new Builder();

        String aborted = abortedBy(states, now);
        if (aborted != null) {
            return cancelAll(st, b, RunStatus.FAILED, aborted);
        }
        if (dag.policy() == Policy.FIRST_SUCCESS) {
            for (String sink : sinks) {
                if (st.get(sink) == TaskStatus.COMPLETED) {
                    return cancelAll(st, b, RunStatus.COMPLETED, "sink task '" + sink + "' succeeded (policy first_success)");
                }
            }
        }

        int running = 0;
        List<String> candidates = new ArrayList<>();
        for (TaskSpec t : topo) {
            TaskState s = states.get(t.id());
            switch (st.get(t.id())) {
                case PENDING -> pending(t, s, st, b, candidates, now);
                case WAITING_APPROVAL -> gate(t, s, st, b, candidates, now);
                case READY -> candidates.add(t.id());
                case RETRYING -> {
                    if (!RetryRule.mayRetry(t, s.attempt(), s.budgetFrom())) {
                        b.fail.add(new Plan.Decision(t.id(), RetryRule.exhausted(t)));
                        st.put(t.id(), TaskStatus.FAILED);
                    } else if (s.notBefore() == null || !s.notBefore().isAfter(now)) {
                        candidates.add(t.id());
                    } else {
                        b.wake(s.notBefore());
                    }
                }
                case RUNNING, BLOCKED -> running++;
                default -> {
                    // terminal: nothing to do
                }
            }
        }

        int free = Math.max(0, dag.maxWorkers() - running);
        for (String id : candidates) {
            if (free > 0) {
                b.start.add(id);
                st.put(id, TaskStatus.RUNNING);
                free--;
            } else if (st.get(id) != TaskStatus.READY && st.get(id) != TaskStatus.RETRYING) {
                b.ready.add(id);
                st.put(id, TaskStatus.READY);
            }
        }
        finishIfOver(st, b);
        return b.build();
    }

    private void pending(TaskSpec t, TaskState s, Map<String, TaskStatus> st, Builder b, List<String> candidates,
            Instant now) {
        String blocker = null;
        for (String d : t.deps()) {
            TaskStatus ds = st.get(d);
            if (!ds.isTerminal()) {
                return;
            }
            if (ds != TaskStatus.COMPLETED && blocker == null) {
                blocker = "upstream task '" + d + "' " + ds.wireName();
            }
        }
        if (blocker != null && dag.policy() != Policy.ALLOW_FAILURE) {
            b.skip.add(new Plan.Decision(t.id(), blocker));
            st.put(t.id(), TaskStatus.SKIPPED);
            return;
        }
        if (!t.level().needsApproval()) {
            candidates.add(t.id());
            return;
        }
        ApprovalDecision decision = s.approval();
        if (decision == ApprovalDecision.APPROVE) {
            candidates.add(t.id());
        } else if (decision == ApprovalDecision.SKIP) {
            b.skip.add(new Plan.Decision(t.id(), "skipped by a person"));
            st.put(t.id(), TaskStatus.SKIPPED);
        } else {
            b.waitForApproval.add(t.id());
            st.put(t.id(), TaskStatus.WAITING_APPROVAL);
            if (t.level().type() == Level.Type.RECOMMENDED && t.level().timeoutSecs() > 0) {
                b.wake(now.plusSeconds(t.level().timeoutSecs()));
            }
        }
    }

    private void gate(TaskSpec t, TaskState s, Map<String, TaskStatus> st, Builder b, List<String> candidates,
            Instant now) {
        if (s.approval() == ApprovalDecision.APPROVE) {
            candidates.add(t.id());
            return;
        }
        if (s.approval() == ApprovalDecision.SKIP) {
            b.skip.add(new Plan.Decision(t.id(), "skipped by a person"));
            st.put(t.id(), TaskStatus.SKIPPED);
            return;
        }
        Instant deadline = recommendedDeadline(t, s);
        if (deadline == null) {
            return;
        }
        if (deadline.isAfter(now)) {
            b.wake(deadline);
            return;
        }
        if (t.level().defaultAction() == Level.DefaultAction.SKIP) {
            b.skip.add(new Plan.Decision(t.id(),
                    "nobody answered within " + t.level().timeoutSecs() + " s; default action skip"));
            st.put(t.id(), TaskStatus.SKIPPED);
        } else {
            candidates.add(t.id());
        }
    }

    private static Instant recommendedDeadline(TaskSpec t, TaskState s) {
        if (t.level().type() != Level.Type.RECOMMENDED || t.level().timeoutSecs() <= 0 || s.waitingSince() == null) {
            return null;
        }
        return s.waitingSince().plusSeconds(t.level().timeoutSecs());
    }

    /** A reason when a person aborted the run, or a recommended gate timed out with default abort. */
    private String abortedBy(Map<String, TaskState> states, Instant now) {
        for (TaskSpec t : topo) {
            TaskState s = states.get(t.id());
            if (s.approval() == ApprovalDecision.ABORT && !s.status().isTerminal()) {
                return "aborted by a person at task '" + t.id() + "'";
            }
            if (s.status() == TaskStatus.WAITING_APPROVAL && s.approval() == null
                    && t.level().defaultAction() == Level.DefaultAction.ABORT) {
                Instant deadline = recommendedDeadline(t, s);
                if (deadline != null && !deadline.isAfter(now)) {
                    return "nobody answered task '" + t.id() + "' within " + t.level().timeoutSecs()
                            + " s; default action abort";
                }
            }
        }
        return null;
    }

    private Plan cancelAll(Map<String, TaskStatus> st, Builder b, RunStatus finish, String reason) {
        for (TaskSpec t : topo) {
            if (!st.get(t.id()).isTerminal()) {
                b.cancel.add(new Plan.Decision(t.id(), reason));
            }
        }
        b.finish = finish;
        b.finishReason = reason;
        return b.build();
    }

    private void finishIfOver(Map<String, TaskStatus> st, Builder b) {
        int failed = 0;
        int cancelled = 0;
        int skipped = 0;
        for (TaskStatus s : st.values()) {
            if (!s.isTerminal()) {
                return;
            }
            switch (s) {
                case FAILED -> failed++;
                case CANCELLED -> cancelled++;
                case SKIPPED -> skipped++;
                default -> {
                    // completed
                }
            }
        }
        switch (dag.policy()) {
            case ALL_SUCCESS -> {
                boolean ok = failed == 0 && cancelled == 0;
                b.finish = ok ? RunStatus.COMPLETED : RunStatus.FAILED;
                b.finishReason = ok ? null : counts(failed, skipped, cancelled);
            }
            case ALLOW_FAILURE -> {
                List<String> bad = new ArrayList<>();
                for (String sink : sinks) {
                    TaskStatus s = st.get(sink);
                    if (s == TaskStatus.FAILED || s == TaskStatus.CANCELLED) {
                        bad.add(sink);
                    }
                }
                b.finish = bad.isEmpty() ? RunStatus.COMPLETED : RunStatus.FAILED;
                b.finishReason = bad.isEmpty() ? null : dev.cis.core.text.Plural.word(bad.size(), "sink task")
                        + " did not succeed: " + String.join(", ", bad);
            }
            case FIRST_SUCCESS -> {
                b.finish = RunStatus.FAILED;
                b.finishReason = "no sink task succeeded (policy first_success)";
            }
        }
    }

    private static String counts(int failed, int skipped, int cancelled) {
        List<String> parts = new ArrayList<>();
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        if (skipped > 0) {
            parts.add(skipped + " skipped");
        }
        if (cancelled > 0) {
            parts.add(cancelled + " cancelled");
        }
        return String.join(", ", parts);
    }

    private static final class Builder {
        final List<String> waitForApproval = new ArrayList<>();
        final List<String> ready = new ArrayList<>();
        final List<Plan.Decision> skip = new ArrayList<>();
        final List<String> start = new ArrayList<>();
        final List<Plan.Decision> cancel = new ArrayList<>();
        final List<Plan.Decision> fail = new ArrayList<>();
        RunStatus finish;
        String finishReason;
        Instant wakeAt;

        void wake(Instant t) {
            if (wakeAt == null || t.isBefore(wakeAt)) {
                wakeAt = t;
            }
        }

        Plan build() {
            return new Plan(waitForApproval, ready, skip, start, cancel, fail, finish, finishReason, wakeAt);
        }
    }
}
