package dev.cis.core.store;

import dev.cis.core.model.AttemptStatus;
import dev.cis.core.model.RunSummary;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.core.model.AttemptKey;
import static dev.cis.core.store.TestDags.dag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.dag.Dag;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RunStore} must do. Subclasses say how to open one. */
abstract class RunStoreContract {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    protected MutableClock clock;
    protected RunStore store;

    /** Opens an empty store that takes its times from {@code clock}. */
    protected abstract RunStore open(MutableClock clock) throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        clock = new MutableClock(T0);
        store = open(clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private RunRecord newRun(String... tasks) {
        return store.createRun(dag("demo", tasks), "[dag]\nname = \"demo\"\n", "node-a");
    }

    // runs

    @Test
    void createdRunHasATypeableIdAndStatusCreated() {
        RunRecord run = newRun("a");

        assertThat(run.id()).matches("[a-z][a-z0-9]{7}");
        assertThat(run.status()).isEqualTo(RunStatus.CREATED);
        assertThat(run.createdAt()).isEqualTo(T0);
        assertThat(run.nodeId()).isEqualTo("node-a");
        assertThat(store.findRun(run.id())).contains(run);
    }

    @Test
    void createdRunHasEveryTaskPendingInFileOrder() {
        RunRecord run = newRun("b", "a<-b", "c<-a,b");

        List<TaskRecord> tasks = store.tasks(run.id());

        assertThat(tasks).extracting(TaskRecord::taskId).containsExactly("b", "a", "c");
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TaskStatus.PENDING);
            assertThat(t.attempt()).isZero();
            assertThat(t.agent()).isEqualTo("shell");
        });
        assertThat(tasks.get(2).deps()).containsExactly("a", "b");
        assertThat(tasks.get(1).name()).isEqualTo("A");
        assertThat(tasks).extracting(TaskRecord::ordinal).containsExactly(0, 1, 2);
    }

    @Test
    void runKeepsTheDagSourceTextAndFile() {
        RunRecord run = store.createRun(dag("demo", "a"), "[dag]\nname = \"demo\" # as loaded\n", null);

        RunRecord found = store.findRun(run.id()).orElseThrow();

        assertThat(found.sourceText()).isEqualTo("[dag]\nname = \"demo\" # as loaded\n");
        assertThat(found.sourceFile()).isEqualTo(java.nio.file.Path.of("/tmp/demo.toml").toString());
        assertThat(found.nodeId()).isNull();
    }

    @Test
    void runIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            ids.add(newRun("a").id());
        }
        assertThat(ids).hasSize(300);
    }

    @Test
    void unknownRunIsNotFound() {
        assertThat(store.findRun("zzzzzzzz")).isEmpty();
    }

    @Test
    void aRunThatCannotBeWrittenWholeIsNotWrittenAtAll() {
        Dag duplicateTasks = dag("broken", "a", "a");

        assertThatThrownBy(() -> store.createRun(duplicateTasks, "", null)).isInstanceOf(StoreException.class);

        assertThat(store.listRuns(RunStore.ALL)).isEmpty();
    }

    @Test
    void runningSetsTheStartTimeOnce() {
        RunRecord run = newRun("a");
        store.setRunStatus(run.id(), RunStatus.RUNNING, null);
        clock.advance(Duration.ofMinutes(1));
        store.setRunStatus(run.id(), RunStatus.RUNNING, null);

        RunRecord found = store.findRun(run.id()).orElseThrow();

        assertThat(found.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(found.startedAt()).isEqualTo(T0);
        assertThat(found.finishedAt()).isNull();
    }

    @Test
    void terminalStatusSetsTheFinishTimeAndReason() {
        RunRecord run = newRun("a");
        store.setRunStatus(run.id(), RunStatus.RUNNING, null);
        clock.advance(Duration.ofSeconds(90));
        store.setRunStatus(run.id(), RunStatus.FAILED, "task a failed");

        RunRecord found = store.findRun(run.id()).orElseThrow();

        assertThat(found.status()).isEqualTo(RunStatus.FAILED);
        assertThat(found.finishedAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(found.reason()).isEqualTo("task a failed");
        assertThat(found.isActive()).isFalse();
    }

    @Test
    void settingTheStatusOfAnUnknownRunFails() {
        assertThatThrownBy(() -> store.setRunStatus("nosuchrn", RunStatus.RUNNING, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nosuchrn");
    }

    @Test
    void listShowsActiveRunsFirstThenNewestFirst() {
        RunRecord oldDone = newRun("a");
        clock.advance(Duration.ofSeconds(1));
        RunRecord oldActive = newRun("a");
        clock.advance(Duration.ofSeconds(1));
        RunRecord newDone = newRun("a");
        clock.advance(Duration.ofSeconds(1));
        RunRecord newActive = newRun("a");
        store.setRunStatus(oldDone.id(), RunStatus.COMPLETED, null);
        store.setRunStatus(newDone.id(), RunStatus.CANCELLED, "stopped");
        store.setRunStatus(oldActive.id(), RunStatus.RUNNING, null);

        List<RunOverview> all = store.listRuns(RunStore.ALL);

        assertThat(all).extracting(o -> o.run().id())
                .containsExactly(newActive.id(), oldActive.id(), newDone.id(), oldDone.id());
        assertThat(store.listRuns(2)).extracting(o -> o.run().id()).containsExactly(newActive.id(), oldActive.id());
    }

    @Test
    void listCountsTasksByOutcome() {
        RunRecord run = newRun("a", "b", "c", "d", "e");
        store.setTaskStatus(run.id(), "a", TaskStatus.COMPLETED, 1, null);
        store.setTaskStatus(run.id(), "b", TaskStatus.FAILED, 1, "exit 1");
        store.setTaskStatus(run.id(), "c", TaskStatus.SKIPPED, 0, "upstream failed");
        store.setTaskStatus(run.id(), "d", TaskStatus.CANCELLED, 0, null);

        RunSummary s = store.listRuns(RunStore.ALL).get(0).summary();

        assertThat(s).isEqualTo(new RunSummary(1, 1, 1, 1, 5, Duration.ZERO));
        assertThat(s.done()).isEqualTo(4);
    }

    @Test
    void activeRunsAreThoseNotFinished() {
        RunRecord created = newRun("a");
        RunRecord running = newRun("a");
        RunRecord done = newRun("a");
        store.setRunStatus(running.id(), RunStatus.RUNNING, null);
        store.setRunStatus(done.id(), RunStatus.COMPLETED, null);

        assertThat(store.activeRuns()).extracting(RunRecord::id).containsExactlyInAnyOrder(created.id(), running.id());
    }

    @Test
    void summaryMeasuresTheRunFromStartToFinish() {
        RunRecord run = newRun("a", "b");
        store.setRunStatus(run.id(), RunStatus.RUNNING, null);
        clock.advance(Duration.ofSeconds(30));
        store.setTaskStatus(run.id(), "a", TaskStatus.COMPLETED, 1, null);

        assertThat(store.summary(run.id())).isEqualTo(new RunSummary(1, 0, 0, 0, 2, Duration.ofSeconds(30)));

        store.setRunStatus(run.id(), RunStatus.COMPLETED, null);
        clock.advance(Duration.ofHours(1));

        assertThat(store.summary(run.id()).duration()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void runDetailHasTheRunItsTasksAndTheirCounts() {
        RunRecord run = newRun("a", "b<-a");
        store.setTaskStatus(run.id(), "a", TaskStatus.COMPLETED, 1, null);

        RunDetail detail = store.runDetail(run.id()).orElseThrow();

        assertThat(detail.run()).isEqualTo(run);
        assertThat(detail.tasks()).extracting(TaskRecord::taskId).containsExactly("a", "b");
        assertThat(detail.task("a").orElseThrow().status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(detail.summary().completed()).isEqualTo(1);
        assertThat(detail.summary().total()).isEqualTo(2);
    }

    @Test
    void unknownRunHasNoDetail() {
        assertThat(store.runDetail("zzzzzzzz")).isEmpty();
        assertThatThrownBy(() -> store.summary("zzzzzzzz")).isInstanceOf(IllegalArgumentException.class);
    }

    // run ids typed by people

    @Test
    void fullIdResolvesToItself() throws Exception {
        RunRecord run = newRun("a");
        assertThat(store.resolveRunId(run.id())).isEqualTo(run.id());
    }

    @Test
    void uniquePrefixResolvesInAnyCase() throws Exception {
        RunRecord run = newRun("a");
        assertThat(store.resolveRunId(run.id().substring(0, 5).toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(run.id());
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            runs.add(newRun("a"));
        }
        // 27 ids over 26 first letters: two share their first letter
        String shared = runs.stream().map(r -> r.id().substring(0, 1))
                .filter(p -> runs.stream().filter(r -> r.id().startsWith(p)).count() > 1)
                .findFirst().orElseThrow();
        List<String> expected = runs.stream().map(RunRecord::id).filter(id -> id.startsWith(shared)).toList();

        assertThatThrownBy(() -> store.resolveRunId(shared))
                .isInstanceOfSatisfying(RunLookupException.class, e -> {
                    assertThat(e.isAmbiguous()).isTrue();
                    assertThat(e.candidates()).hasSize(expected.size());
                    expected.forEach(id -> assertThat(e.getMessage()).contains(id));
                });
    }

    @Test
    void unknownIdNamesRecentRuns() {
        RunRecord run = newRun("a");
        String other = run.id().startsWith("z") ? "y" : "z";

        assertThatThrownBy(() -> store.resolveRunId(other + "0000000"))
                .isInstanceOfSatisfying(RunLookupException.class, e -> {
                    assertThat(e.isAmbiguous()).isFalse();
                    assertThat(e.getMessage()).contains("no run matches").contains(run.id());
                });
    }

    @Test
    void textThatCannotBeARunIdMatchesNothing() {
        newRun("a");
        assertThatThrownBy(() -> store.resolveRunId("a%")).isInstanceOf(RunLookupException.class);
        assertThatThrownBy(() -> store.resolveRunId("")).isInstanceOf(RunLookupException.class);
    }

    // tasks

    @Test
    void setTaskStatusReturnsThePreviousStatus() {
        RunRecord run = newRun("a");
        clock.advance(Duration.ofSeconds(5));

        TaskStatus before = store.setTaskStatus(run.id(), "a", TaskStatus.READY, 0, null);

        assertThat(before).isEqualTo(TaskStatus.PENDING);
        TaskRecord a = store.task(run.id(), "a").orElseThrow();
        assertThat(a.status()).isEqualTo(TaskStatus.READY);
        assertThat(a.updatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void settingTheStatusOfAnUnknownTaskFails() {
        RunRecord run = newRun("a");
        assertThatThrownBy(() -> store.setTaskStatus(run.id(), "nope", TaskStatus.READY, 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    // deleting runs

    private RunRecord runWithEverything() {
        RunRecord run = newRun("a", "b<-a");
        AttemptKey key = new AttemptKey(run.id(), "a", 1);
        store.beginAttempt(new NewAttempt(key, "node-a", "echo a", "/rec/a-1.cast"));
        store.endAttempt(key, AttemptEnd.completed(0, "out of a", 8), TaskStatus.COMPLETED);
        store.recordApproval(new Approval(run.id(), "b", ApprovalDecision.APPROVE, "ann", T0));
        store.appendEvent(run.id(), T0, "run.started", "{}");
        return run;
    }

    @Test
    void deletingARunRemovesItsTasksAttemptsApprovalsAndEvents() {
        RunRecord run = runWithEverything();

        assertThat(store.deleteRun(run.id())).isTrue();

        assertThat(store.findRun(run.id())).isEmpty();
        assertThat(store.tasks(run.id())).isEmpty();
        assertThat(store.attempt(new AttemptKey(run.id(), "a", 1))).isEmpty();
        assertThat(store.approvals(run.id(), "b")).isEmpty();
        assertThat(store.events(run.id(), 0, 0)).isEmpty();
    }

    @Test
    void deletingARunLeavesOtherRunsAndTheirEvents() {
        RunRecord gone = runWithEverything();
        RunRecord kept = runWithEverything();

        store.deleteRun(gone.id());

        assertThat(store.findRun(kept.id())).isPresent();
        assertThat(store.attempt(new AttemptKey(kept.id(), "a", 1))).isPresent();
        assertThat(store.events(kept.id(), 0, 0)).hasSize(1);
    }

    @Test
    void deletingAnUnknownRunReportsFalse() {
        assertThat(store.deleteRun("nosuchrn")).isFalse();
    }

    @Test
    void storedBytesCountTheSourcePromptsOutputsAndEvents() {
        RunRecord run = runWithEverything();
        long expected = run.sourceText().length() + "echo a".length() + "out of a".length() + "{}".length();

        assertThat(store.storedBytes(run.id())).isEqualTo(expected);
    }

    // attempts

    @Test
    void beginningAnAttemptMarksTheTaskRunning() {
        RunRecord run = newRun("a");
        AttemptKey key = new AttemptKey(run.id(), "a", 1);

        AttemptRecord a = store.beginAttempt(new NewAttempt(key, "node-a", "echo a", "/rec/a-1.cast"));

        assertThat(a.status()).isEqualTo(AttemptStatus.RUNNING);
        assertThat(a.sessionId()).isEqualTo(run.id() + ":a:1");
        assertThat(store.attempt(key)).contains(a);
        TaskRecord task = store.task(run.id(), "a").orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(task.attempt()).isEqualTo(1);
    }

    @Test
    void anAttemptCannotBeginTwice() {
        RunRecord run = newRun("a");
        AttemptKey key = new AttemptKey(run.id(), "a", 1);
        store.beginAttempt(NewAttempt.of(key));

        assertThatThrownBy(() -> store.beginAttempt(NewAttempt.of(key))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCompletedTaskDoesNotBeginAgain() {
        RunRecord run = newRun("a");
        AttemptKey first = new AttemptKey(run.id(), "a", 1);
        store.beginAttempt(NewAttempt.of(first));
        store.endAttempt(first, AttemptEnd.completed(0, "ok", 2), TaskStatus.COMPLETED);

        assertThatThrownBy(() -> store.beginAttempt(NewAttempt.of(new AttemptKey(run.id(), "a", 2))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already completed");
    }

    @Test
    void beginningAnAttemptOfAnUnknownTaskFails() {
        RunRecord run = newRun("a");
        assertThatThrownBy(() -> store.beginAttempt(NewAttempt.of(new AttemptKey(run.id(), "x", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endingAnAttemptRecordsItsOutcomeAndTheTaskStatus() {
        RunRecord run = newRun("a");
        AttemptKey key = new AttemptKey(run.id(), "a", 1);
        store.beginAttempt(NewAttempt.of(key));
        store.setAttemptPid(key, 4242);
        store.setAttemptPrompt(key, "echo a\n\n## Upstream task outputs\n");
        clock.advance(Duration.ofSeconds(7));

        boolean ended = store.endAttempt(key, AttemptEnd.failed(3, "boom", 1234, "exit 3"), TaskStatus.RETRYING);

        assertThat(ended).isTrue();
        AttemptRecord a = store.attempt(key).orElseThrow();
        assertThat(a.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(a.exitCode()).isEqualTo(3);
        assertThat(a.pid()).isEqualTo(4242L);
        assertThat(a.output()).isEqualTo("boom");
        assertThat(a.outputBytes()).isEqualTo(1234);
        assertThat(a.prompt()).startsWith("echo a");
        assertThat(a.reason()).isEqualTo("exit 3");
        assertThat(a.endedAt()).isEqualTo(T0.plusSeconds(7));
        TaskRecord task = store.task(run.id(), "a").orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.RETRYING);
        assertThat(task.reason()).isEqualTo("exit 3");
    }

    @Test
    void anAttemptEndsOnlyOnce() {
        RunRecord run = newRun("a");
        AttemptKey key = new AttemptKey(run.id(), "a", 1);
        store.beginAttempt(NewAttempt.of(key));
        store.endAttempt(key, AttemptEnd.completed(0, "first", 5), TaskStatus.COMPLETED);

        boolean again = store.endAttempt(key, AttemptEnd.interrupted(), TaskStatus.FAILED);

        assertThat(again).isFalse();
        assertThat(store.attempt(key).orElseThrow().output()).isEqualTo("first");
        assertThat(store.task(run.id(), "a").orElseThrow().status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void endingWithoutATaskStatusLeavesTheTask() {
        RunRecord run = newRun("a");
        AttemptKey key = new AttemptKey(run.id(), "a", 1);
        store.beginAttempt(NewAttempt.of(key));

        store.endAttempt(key, AttemptEnd.cancelled("", 0, "run cancelled"), null);

        assertThat(store.task(run.id(), "a").orElseThrow().status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(store.attempt(key).orElseThrow().status()).isEqualTo(AttemptStatus.CANCELLED);
    }

    @Test
    void endingAnUnknownAttemptFails() {
        RunRecord run = newRun("a");
        assertThatThrownBy(() -> store.endAttempt(new AttemptKey(run.id(), "a", 9), AttemptEnd.interrupted(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attemptsOfATaskComeFirstAttemptFirst() {
        RunRecord run = newRun("a");
        for (int n = 1; n <= 3; n++) {
            AttemptKey key = new AttemptKey(run.id(), "a", n);
            store.beginAttempt(NewAttempt.of(key));
            store.endAttempt(key, AttemptEnd.failed(1, "try " + n, 5, "exit 1"), TaskStatus.RETRYING);
        }

        assertThat(store.attempts(run.id(), "a")).extracting(AttemptRecord::output)
                .containsExactly("try 1", "try 2", "try 3");
    }

    @Test
    void outputIsThatOfTheLatestCompletedAttempt() {
        RunRecord run = newRun("a");
        AttemptKey first = new AttemptKey(run.id(), "a", 1);
        AttemptKey second = new AttemptKey(run.id(), "a", 2);
        store.beginAttempt(NewAttempt.of(first));
        store.endAttempt(first, AttemptEnd.failed(1, "bad", 3, "exit 1"), TaskStatus.RETRYING);
        store.beginAttempt(NewAttempt.of(second));
        store.endAttempt(second, AttemptEnd.completed(0, "good", 4), TaskStatus.COMPLETED);

        TaskOutput out = store.output(run.id(), "a").orElseThrow();

        assertThat(out.text()).isEqualTo("good");
        assertThat(out.attempt()).isEqualTo(2);
        assertThat(out.succeeded()).isTrue();
        assertThat(out.exitCode()).isZero();
    }

    @Test
    void outputOfAFailedTaskIsThatOfItsLastAttempt() {
        RunRecord run = newRun("a");
        for (int n = 1; n <= 2; n++) {
            AttemptKey key = new AttemptKey(run.id(), "a", n);
            store.beginAttempt(NewAttempt.of(key));
            store.endAttempt(key, AttemptEnd.failed(n, "fail " + n, 6, "exit " + n), TaskStatus.FAILED);
        }

        TaskOutput out = store.output(run.id(), "a").orElseThrow();

        assertThat(out.text()).isEqualTo("fail 2");
        assertThat(out.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(out.exitCode()).isEqualTo(2);
    }

    @Test
    void aTaskWithNoEndedAttemptHasNoOutput() {
        RunRecord run = newRun("a");
        store.beginAttempt(NewAttempt.of(new AttemptKey(run.id(), "a", 1)));

        assertThat(store.output(run.id(), "a")).isEmpty();
    }

    @Test
    void unfinishedAttemptsAreThoseNeverEnded() {
        RunRecord run = newRun("a", "b", "c");
        AttemptKey a = new AttemptKey(run.id(), "a", 1);
        AttemptKey b = new AttemptKey(run.id(), "b", 1);
        AttemptKey c = new AttemptKey(run.id(), "c", 1);
        store.beginAttempt(new NewAttempt(a, "node-a", null, null));
        store.beginAttempt(new NewAttempt(b, "node-b", null, null));
        store.beginAttempt(new NewAttempt(c, "node-a", null, null));
        store.endAttempt(c, AttemptEnd.completed(0, "", 0), TaskStatus.COMPLETED);

        assertThat(store.unfinishedAttempts()).extracting(AttemptRecord::key).containsExactly(a, b);
        assertThat(store.unfinishedAttempts("node-a")).extracting(AttemptRecord::key).containsExactly(a);
    }

    @Test
    void anInterruptedAttemptIsNoLongerUnfinished() {
        RunRecord run = newRun("a");
        AttemptKey key = new AttemptKey(run.id(), "a", 1);
        store.beginAttempt(new NewAttempt(key, "node-a", null, null));

        for (AttemptRecord lost : store.unfinishedAttempts("node-a")) {
            store.endAttempt(lost.key(), AttemptEnd.interrupted(), TaskStatus.FAILED);
        }

        assertThat(store.unfinishedAttempts()).isEmpty();
        AttemptRecord a = store.attempt(key).orElseThrow();
        assertThat(a.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(a.reason()).isEqualTo(AttemptEnd.INTERRUPTED_REASON);
        assertThat(store.task(run.id(), "a").orElseThrow().status()).isEqualTo(TaskStatus.FAILED);
    }

    // approvals

    @Test
    void approvalsAreKeptInOrderAndTheTaskShowsTheLatest() {
        RunRecord run = newRun("a");
        store.recordApproval(new Approval(run.id(), "a", ApprovalDecision.SKIP, "@ann:example.org", T0));
        store.recordApproval(new Approval(run.id(), "a", ApprovalDecision.APPROVE, "bob", T0.plusSeconds(1)));

        assertThat(store.approvals(run.id(), "a")).extracting(Approval::decision, Approval::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ApprovalDecision.SKIP, "@ann:example.org"),
                        org.assertj.core.groups.Tuple.tuple(ApprovalDecision.APPROVE, "bob"));
        assertThat(store.task(run.id(), "a").orElseThrow().approval()).isEqualTo(ApprovalDecision.APPROVE);
    }

    @Test
    void aTaskWithoutDecisionsHasNoApproval() {
        RunRecord run = newRun("a");
        assertThat(store.task(run.id(), "a").orElseThrow().approval()).isNull();
        assertThat(store.approvals(run.id(), "a")).isEmpty();
    }

    @Test
    void approvingAnUnknownTaskFails() {
        RunRecord run = newRun("a");
        assertThatThrownBy(() -> store.recordApproval(new Approval(run.id(), "x", ApprovalDecision.APPROVE, "me", T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // events

    @Test
    void eventsGetIncreasingSequenceNumbers() {
        long first = store.appendEvent("r1", T0, "run.started", "{}");
        long second = store.appendEvent("r1", T0, "run.finished", "{}");

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void eventsOfARunAreReadAfterASequenceNumber() {
        long a = store.appendEvent("r1", T0, "one", "{\"n\":1}");
        store.appendEvent("r2", T0, "other", "{}");
        long b = store.appendEvent("r1", T0.plusSeconds(1), "two", "{\"n\":2}");
        long c = store.appendEvent("r1", T0.plusSeconds(2), "three", "{\"n\":3}");

        assertThat(store.events("r1", 0, 0)).extracting(StoredEvent::seq).containsExactly(a, b, c);
        assertThat(store.events("r1", a, 0)).extracting(StoredEvent::type).containsExactly("two", "three");
        assertThat(store.events("r1", a, 1)).singleElement().satisfies(e -> {
            assertThat(e.json()).isEqualTo("{\"n\":2}");
            assertThat(e.ts()).isEqualTo(T0.plusSeconds(1));
            assertThat(e.runId()).isEqualTo("r1");
        });
    }

    @Test
    void eventsAppendedTogetherKeepTheirOrder() {
        store.appendEvent("r1", T0, "before", "{}");

        store.appendEvents(List.of(new NewEvent("r1", T0, "one", "{\"n\":1}"), new NewEvent(null, T0, "two", "{}"),
                new NewEvent("r1", T0.plusSeconds(1), "three", "{\"n\":3}")));

        assertThat(store.events(0, 0)).extracting(StoredEvent::type).containsExactly("before", "one", "two", "three");
        assertThat(store.events("r1", 0, 0)).last().satisfies(e -> assertThat(e.json()).isEqualTo("{\"n\":3}"));
    }

    @Test
    void eventsOfEveryRunIncludeThoseOfNoRun() {
        store.appendEvent(null, T0, "node.started", "{}");
        store.appendEvent("r1", T0, "run.started", "{}");

        assertThat(store.events(0, 0)).extracting(StoredEvent::type).containsExactly("node.started", "run.started");
    }

    // threads

    @Test
    void manyThreadsWriteAtOnce() throws Exception {
        RunRecord run = newRun("a");
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = NamedThreads.cached("test-writer");
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        store.createRun(dag("w" + worker, "x", "y<-x"), "", null);
                        store.appendEvent(run.id(), T0, "tick", "{}");
                        store.listRuns(5);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.listRuns(RunStore.ALL)).hasSize(1 + threads * perThread);
        assertThat(store.events(run.id(), 0, 0)).hasSize(threads * perThread);
    }
}
