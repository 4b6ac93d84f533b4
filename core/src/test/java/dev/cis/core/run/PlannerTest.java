package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.ApprovalDecision;

import static dev.cis.core.run.TestDags.dag;
import static dev.cis.core.run.TestDags.task;
import static dev.cis.core.run.TestDags.withRetry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.Policy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static Map<String, TaskState> states(Dag dag) {
        Map<String, TaskState> m = new LinkedHashMap<>();
        dag.tasks().forEach(t -> m.put(t.id(), TaskState.pending()));
        return m;
    }

    private static void set(Map<String, TaskState> m, String id, TaskStatus s) {
        m.put(id, m.get(id).withStatus(s));
    }

    @Test
    void startsRootsUpToMaxWorkers() {
        Dag d = dag(Policy.ALL_SUCCESS, 2, task("a"), task("b"), task("c"), task("d", "a"));
        Plan p = new Planner(d).decide(states(d), NOW);
        assertThat(p.start()).containsExactly("a", "b");
        assertThat(p.ready()).containsExactly("c");
        assertThat(p.finish()).isNull();
    }

    @Test
    void dependentStartsOnlyWhenAllDepsCompleted() {
        Dag d = dag(Policy.ALL_SUCCESS, 4, task("a"), task("b"), task("j", "a", "b"));
        Map<String, TaskState> s = states(d);
        set(s, "a", TaskStatus.COMPLETED);
        set(s, "b", TaskStatus.RUNNING);
        assertThat(new Planner(d).decide(s, NOW).start()).isEmpty();
        set(s, "b", TaskStatus.COMPLETED);
        assertThat(new Planner(d).decide(s, NOW).start()).containsExactly("j");
    }

    @Test
    void allSuccessSkipsDependentsOfAFailedTaskAndKeepsOtherBranches() {
        Dag d = dag(Policy.ALL_SUCCESS, 4, task("a"), task("b", "a"), task("c", "b"), task("x"), task("y", "x"));
        Map<String, TaskState> s = states(d);
        set(s, "a", TaskStatus.FAILED);
        set(s, "x", TaskStatus.COMPLETED);
        Plan p = new Planner(d).decide(s, NOW);
        assertThat(p.skip()).extracting(Plan.Decision::taskId).containsExactly("b", "c");
        assertThat(p.skip().get(0).reason()).contains("'a' failed");
        assertThat(p.start()).containsExactly("y");
        assertThat(p.finish()).isNull();
    }

    @Test
    void allSuccessRunFailsWhenEverythingEndedWithAFailure() {
        Dag d = dag(Policy.ALL_SUCCESS, 4, task("a"), task("b", "a"), task("x"));
        Map<String, TaskState> s = states(d);
        set(s, "a", TaskStatus.FAILED);
        set(s, "x", TaskStatus.COMPLETED);
        Plan p = new Planner(d).decide(s, NOW);
        assertThat(p.finish()).isEqualTo(RunStatus.FAILED);
        assertThat(p.finishReason()).isEqualTo("1 failed, 1 skipped");
    }

    @Test
    void allSuccessRunCompletesWhenAllCompleted() {
        Dag d = dag(Policy.ALL_SUCCESS, 4, task("a"), task("b", "a"));
        Map<String, TaskState> s = states(d);
        set(s, "a", TaskStatus.COMPLETED);
        set(s, "b", TaskStatus.COMPLETED);
        assertThat(new Planner(d).decide(s, NOW).finish()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void allowFailureRunsDependentsOfAFailedTask() {
        Dag d = dag(Policy.ALLOW_FAILURE, 4, task("a"), task("b", "a"));
        Map<String, TaskState> s = states(d);
        set(s, "a", TaskStatus.FAILED);
        Plan p = new Planner(d).decide(s, NOW);
        assertThat(p.start()).containsExactly("b");
        assertThat(p.skip()).isEmpty();
    }

    @Test
    void allowFailureRunSucceedsWhenSinksSucceed() {
        Dag d = dag(Policy.ALLOW_FAILURE, 4, task("a"), task("b", "a"));
        Map<String, TaskState> s = states(d);
        set(s, "a", TaskStatus.FAILED);
        set(s, "b", TaskStatus.COMPLETED);
        assertThat(new Planner(d).decide(s, NOW).finish()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void firstSuccessCancelsTheRestWhenASinkSucceeds() {
        Dag d = dag(Policy.FIRST_SUCCESS, 4, task("fast"), task("slow"), task("later", "slow"));
        Map<String, TaskState> s = states(d);
        set(s, "fast", TaskStatus.COMPLETED);
        set(s, "slow", TaskStatus.RUNNING);
        Plan p = new Planner(d).decide(s, NOW);
        assertThat(p.finish()).isEqualTo(RunStatus.COMPLETED);
        assertThat(p.cancel()).extracting(Plan.Decision::taskId).containsExactly("slow", "later");
        assertThat(p.start()).isEmpty();
    }

    @Test
    void firstSuccessFailsWhenNoSinkSucceeded() {
        Dag d = dag(Policy.FIRST_SUCCESS, 4, task("a"), task("b"));
        Map<String, TaskState> s = states(d);
        set(s, "a", TaskStatus.FAILED);
        set(s, "b", TaskStatus.FAILED);
        assertThat(new Planner(d).decide(s, NOW).finish()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void confirmedTaskWaitsForApprovalThenStarts() {
        Level confirmed = new Level(Level.Type.CONFIRMED, 0, Level.DefaultAction.EXECUTE, List.of());
        Dag d = dag(Policy.ALL_SUCCESS, 4, task("gate", confirmed));
        Map<String, TaskState> s = states(d);
        Plan p = new Planner(d).decide(s, NOW);
        assertThat(p.waitForApproval()).containsExactly("gate");
        assertThat(p.start()).isEmpty();
        s.put("gate", s.get("gate").withStatus(TaskStatus.WAITING_APPROVAL).withApproval(ApprovalDecision.APPROVE));
        assertThat(new Planner(d).decide(s, NOW).start()).containsExactly("gate");
    }

    @Test
    void skippedGateSkipsItsDependentsUnderAllSuccess() {
        Level confirmed = new Level(Level.Type.CONFIRMED, 0, Level.DefaultAction.EXECUTE, List.of());
        Dag d = dag(Policy.ALL_SUCCESS, 4, task("gate", confirmed), task("after", "gate"));
        Map<String, TaskState> s = states(d);
        s.put("gate", new TaskState(TaskStatus.WAITING_APPROVAL, 0, ApprovalDecision.SKIP, null, NOW, 0));
        Plan p = new Planner(d).decide(s, NOW);
        assertThat(p.skip()).extracting(Plan.Decision::taskId).containsExactly("gate", "after");
        assertThat(p.finish()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void recommendedGateAppliesItsDefaultAfterTheTimeout() {
        Level rec = new Level(Level.Type.RECOMMENDED, 30, Level.DefaultAction.EXECUTE, List.of());
        Dag d = dag(Policy.ALL_SUCCESS, 4, task("r", rec));
        Map<String, TaskState> s = states(d);
        s.put("r", new TaskState(TaskStatus.WAITING_APPROVAL, 0, null, null, NOW, 0));
        Plan early = new Planner(d).decide(s, NOW.plusSeconds(10));
        assertThat(early.start()).isEmpty();
        assertThat(early.wakeAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(new Planner(d).decide(s, NOW.plusSeconds(30)).start()).containsExactly("r");
    }

    @Test
    void recommendedGateWithDefaultAbortFailsTheRun() {
        Level rec = new Level(Level.Type.RECOMMENDED, 5, Level.DefaultAction.ABORT, List.of());
        Dag d = dag(Policy.ALL_SUCCESS, 4, task("r", rec), task("other"));
        Map<String, TaskState> s = states(d);
        s.put("r", new TaskState(TaskStatus.WAITING_APPROVAL, 0, null, null, NOW, 0));
        set(s, "other", TaskStatus.RUNNING);
        Plan p = new Planner(d).decide(s, NOW.plusSeconds(6));
        assertThat(p.finish()).isEqualTo(RunStatus.FAILED);
        assertThat(p.finishReason()).contains("default action abort");
        assertThat(p.cancel()).extracting(Plan.Decision::taskId).containsExactly("r", "other");
    }

    @Test
    void retryWaitsForItsBackoff() {
        Dag d = dag(Policy.ALL_SUCCESS, 4, withRetry(task("flaky"), 1, 5));
        Map<String, TaskState> s = states(d);
        s.put("flaky", new TaskState(TaskStatus.RETRYING, 1, null, NOW.plusSeconds(5), null, 0));
        Plan p = new Planner(d).decide(s, NOW);
        assertThat(p.start()).isEmpty();
        assertThat(p.wakeAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(new Planner(d).decide(s, NOW.plusSeconds(5)).start()).containsExactly("flaky");
    }

    @Test
    void runningTasksCountAgainstMaxWorkers() {
        Dag d = dag(Policy.ALL_SUCCESS, 2, task("a"), task("b"), task("c"));
        Map<String, TaskState> s = states(d);
        set(s, "a", TaskStatus.BLOCKED);
        Plan p = new Planner(d).decide(s, NOW);
        assertThat(p.start()).containsExactly("b");
        assertThat(p.ready()).containsExactly("c");
    }

    @Test
    void dependencyDeclaredAfterItsDependentIsHonoured() {
        Dag d = dag(Policy.ALL_SUCCESS, 4, task("late", "early"), task("early"));
        Plan p = new Planner(d).decide(states(d), NOW);
        assertThat(p.start()).containsExactly("early");
    }

    @Test
    void aRetryingTaskWithNoAttemptLeftFailsInsteadOfStarting() {
        Dag d = dag(Policy.ALL_SUCCESS, 4, withRetry(task("flaky"), 1, 0), task("after", "flaky"));
        Map<String, TaskState> s = states(d);
        s.put("flaky", new TaskState(TaskStatus.RETRYING, 2, null, null, null, 0));
        Plan p = new Planner(d).decide(s, NOW);
        assertThat(p.start()).isEmpty();
        assertThat(p.fail()).singleElement().satisfies(f -> {
            assertThat(f.taskId()).isEqualTo("flaky");
            assertThat(f.reason()).isEqualTo("no attempts left (retry = 1: 2 attempts)");
        });
        assertThat(p.skip()).extracting(Plan.Decision::taskId).containsExactly("after");
    }

    @Test
    void aRetriedTaskCountsItsAttemptsFromItsNewBudget() {
        Dag d = dag(Policy.ALL_SUCCESS, 4, withRetry(task("flaky"), 1, 0));
        Map<String, TaskState> s = states(d);
        s.put("flaky", new TaskState(TaskStatus.RETRYING, 3, null, null, null, 2));
        assertThat(new Planner(d).decide(s, NOW).start()).containsExactly("flaky");
    }
}
