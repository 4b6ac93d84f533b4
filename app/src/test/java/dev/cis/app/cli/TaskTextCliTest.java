package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cis.app.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words and columns a person reads in execute, status and logs, from one real run through ./cis. */
class TaskTextCliTest {

    @TempDir
    static Path home;

    @TempDir
    static Path work;

    private static CliRunner.Result executed;

    private static CliRunner cis() {
        return CliRunner.create().withCisHome(home).inDir(work);
    }

    @BeforeAll
    static void runOnce() throws Exception {
        Files.writeString(work.resolve("words.toml"), """
                [dag]
                name = "words"
                policy = "allow_failure"
                [[dag.tasks]]
                id = "build"
                name = "编译 build"
                command = "echo built"
                [[dag.tasks]]
                id = "step"
                name = "e\u0301tape"
                command = "exit 7"
                [[dag.tasks]]
                id = "slow"
                command = "sleep 30"
                timeout_secs = 1
                """);
        executed = cis().run("dag", "execute", "words.toml");
    }

    @AfterAll
    static void stopNode() throws Exception {
        cis().run("node", "stop", "--force");
    }

    /** Terminal columns counted without Fmt: Han characters take two, combining marks none. */
    private static int columns(String s) {
        int w = 0;
        for (int cp : s.codePoints().toArray()) {
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 2 : 1;
        }
        return w;
    }

    private static List<String> taskRows() throws Exception {
        return cis().run("dag", "status").stdoutLines().stream()
                .filter(l -> l.startsWith("  build") || l.startsWith("  step") || l.startsWith("  slow")).toList();
    }

    @Test
    void executeHeaderCountsTasksInWords() {
        assertThat(executed.stdout()).as(executed.toString()).contains("(3 tasks)");
    }

    @Test
    void statusShowsDisplayNamesNextToIds() throws Exception {
        assertThat(taskRows()).anySatisfy(l -> assertThat(l).startsWith("  build (编译 build)"))
                .anySatisfy(l -> assertThat(l).startsWith("  step (e\u0301tape)"));
    }

    @Test
    void statusColumnsAlignWithWideAndCombiningCharacters() throws Exception {
        List<String> rows = taskRows();
        assertThat(rows).hasSize(3);
        List<Integer> statusColumns = rows.stream().map(l -> {
            String head = l.substring(0, l.indexOf(l.contains("✔") ? "✔" : "✘"));
            return columns(head);
        }).distinct().toList();
        assertThat(statusColumns).as(String.join("\n", rows)).hasSize(1);
    }

    @Test
    void timedOutTaskShowsTimedOutInTheStatusColumn() throws Exception {
        assertThat(taskRows()).anySatisfy(l -> assertThat(l).startsWith("  slow").contains("✘ failed (timed out)"));
        assertThat(cis().run("dag", "status", "-v").stdout()).containsPattern("attempt 1 timed out  .*  exit ");
    }

    @Test
    void exitCodeIsNotRepeatedInTheNote() throws Exception {
        String step = taskRows().stream().filter(l -> l.startsWith("  step")).findFirst().orElseThrow();
        assertThat(step).endsWith(" 7").doesNotContain("exited with code 7");
        CliRunner.Result verbose = cis().run("dag", "status", "-v");
        assertThat(verbose.stdout()).contains("exit 7").doesNotContain("exit 7  (exited with code 7)");
    }

    @Test
    void executePlainLinesNameTheTaskAndSayTheExitCodeOnce() {
        assertThat(executed.stdout()).containsPattern("step \\(e\u0301tape\\) +failed  exit 7\\R")
                .doesNotContain("exited with code 7")
                .containsPattern("slow +failed \\(timed out\\)  .*timed out after 1 s");
    }

    @Test
    void logsNamesTheTaskWhenAnAttemptDoesNotExist() throws Exception {
        String run = new ObjectMapper().readTree(cis().run("dag", "list", "--json").stdout()).get(0)
                .get("run_id").asText();
        CliRunner.Result r = cis().run("dag", "logs", run + ":build:4");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("task build (编译 build) has only attempt 1, not 4");
    }
}
