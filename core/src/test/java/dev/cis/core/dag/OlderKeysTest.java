package dev.cis.core.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keys of the original project's files load with a "not used" warning at their position, and the tasks run. */
class OlderKeysTest {

    private static final Path FILE = Path.of("src/test/resources/dag/legacy/older-keys.toml");

    private final LoadResult result = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard()).load(FILE);

    private Diagnostic warningAt(int line) {
        return result.warnings().stream().filter(d -> d.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no warning at line " + line + " in " + result.diagnostics()));
    }

    @Test
    void fileWithOlderKeysLoadsItsRunnableTasks() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.dag().tasks()).extracting(TaskSpec::id).containsExactly("build", "fix");
    }

    @Test
    void dagTodoIsAcceptedAndNotUsed() {
        Diagnostic d = warningAt(21);
        assertThat(d.column()).isEqualTo(7);
        assertThat(d.message()).startsWith("[[dag.todo]] is accepted for compatibility with older files and not used");
    }

    @Test
    void dagAdaptiveIsAcceptedAndNotUsed() {
        assertThat(warningAt(26).message())
                .startsWith("[dag.adaptive] is accepted for compatibility with older files and not used");
    }

    @Test
    void onFailureIsAcceptedAndNotUsed() {
        assertThat(warningAt(13).format()).startsWith(FILE + ":13:1: warning: 'on_failure' in task 'build' is"
                + " accepted for compatibility with older files and not used; when a task fails");
    }

    @Test
    void conditionIsAcceptedAndNotUsed() {
        assertThat(warningAt(19).message()).startsWith("'condition' in task 'fix' is accepted for compatibility"
                + " with older files and not used");
    }

    @Test
    void dagEnvInsideDagHintsThatItMeansDagDagEnvAndThatEnvWasMeant() {
        Diagnostic d = warningAt(5);
        assertThat(d.message()).isEqualTo("'dag.env' written inside [dag] means [dag.dag.env], which cis does not"
                + " use; to set 'env' of the DAG, write env = ... in [dag] without 'dag.'");
        assertThat(result.dag().env()).isEmpty();
    }

    @Test
    void targetNodeWarnsThatLocalRunsDoNotReadIt() {
        assertThat(warningAt(11).message()).isEqualTo("'target_node' in task 'build' is not used: cis runs every"
                + " task on this machine (only Matrix mode, with several nodes, reads it)");
    }

    @Test
    void requiresWarnsThatLocalRunsDoNotReadIt() {
        assertThat(warningAt(12).message()).startsWith("'requires' in task 'build' is not used");
    }

    @Test
    void emptyRequiresGivesNoWarning() {
        LoadResult r = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard()).parse(
                "[[tasks]]\nid = \"a\"\ncommand = \"true\"\nrequires = []\n", Path.of("a.toml"), Path.of("."));
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void taskCountIsTheNumberOfTasksAlsoWhenTheFileHasErrors() {
        LoadResult r = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard()).parse(
                "[[tasks]]\nid = \"a\"\ncommand = \"true\"\n[[tasks]]\nid = \"b\"\ncommand = \"true\"\ndeps = [\"x\"]\n",
                Path.of("a.toml"), Path.of("."));
        assertThat(r.ok()).isFalse();
        assertThat(r.taskCount()).isEqualTo(2);
    }
}
