package dev.cis.core.store;

import dev.cis.core.model.AttemptKey;
import static dev.cis.core.store.TestDags.dag;

import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Entry point of the child JVM of the cross-process tests.
 *
 * <pre>
 * write DB NODE   writes runs until killed; prints "committed RUN_ID" after each run is fully written
 * read DB RUN_ID  prints "status STATUS tasks N output TEXT" for the run
 * </pre>
 */
public final class StoreChildMain {

    private StoreChildMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (SqliteRunStore store = SqliteRunStore.open(Path.of(args[1]))) {
            switch (args[0]) {
                case "write" -> writeForever(store, args[2], out);
                case "read" -> read(store, args[2], out);
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        }
    }

    private static void writeForever(RunStore store, String nodeId, PrintStream out) {
        String bigOutput = "line of output\n".repeat(600);
        while (true) {
            RunRecord run = store.createRun(dag("child", "a", "b<-a", "c<-a", "d<-b,c", "e", "f", "g", "h"),
                    "[dag]\nname = \"child\"\n", nodeId);
            store.setRunStatus(run.id(), RunStatus.RUNNING, null);
            AttemptKey key = new AttemptKey(run.id(), "a", 1);
            store.beginAttempt(new NewAttempt(key, nodeId, "echo a", null));
            store.endAttempt(key, AttemptEnd.completed(0, bigOutput + run.id(), bigOutput.length()),
                    TaskStatus.COMPLETED);
            store.appendEvent(run.id(), store.findRun(run.id()).orElseThrow().createdAt(), "run.started", "{}");
            out.println("committed " + run.id());
            store.beginAttempt(new NewAttempt(new AttemptKey(run.id(), "b", 1), nodeId, "echo b", null));
        }
    }

    private static void read(RunStore store, String runId, PrintStream out) {
        RunRecord run = store.findRun(runId).orElseThrow();
        String output = store.output(runId, "a").map(TaskOutput::text).orElse("-");
        out.println("status " + run.status().wireName() + " tasks " + store.tasks(runId).size() + " output "
                + output);
    }
}
