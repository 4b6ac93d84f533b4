package dev.cis.core.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Files in the older format still load, with the meaning the format contract gives them. */
class LegacyFormatTest {

    private final LoadResult result = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard())
            .load(Path.of("src/test/resources/dag/legacy/older.toml"));

    @Test
    void olderFileLoadsWithoutErrors() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.dag().tasks()).extracting(TaskSpec::id).containsExactly("plan", "apply", "check");
    }

    @Test
    void agentRuntimeOpenCodeMeansOpencode() {
        assertThat(result.dag().task("plan").orElseThrow().agent()).isEqualTo("opencode");
        assertThat(result.dag().task("apply").orElseThrow().agent()).isEqualTo("opencode");
    }

    @Test
    void commandIsThePromptOfAnAgentTaskWithoutPrompt() {
        TaskSpec plan = result.dag().task("plan").orElseThrow();

        assertThat(plan.prompt()).isEqualTo("Plan the work.");
        assertThat(plan.command()).isEqualTo("Plan the work.");
    }

    @Test
    void retryInsideLevelIsTheTaskRetryWhenTheTaskSetsNone() {
        assertThat(result.dag().task("plan").orElseThrow().retry()).isEqualTo(3);
        assertThat(result.dag().task("plan").orElseThrow().level()).isEqualTo(Level.MECHANICAL);
    }

    @Test
    void taskRetryWinsOverLevelRetryWithAWarning() {
        assertThat(result.dag().task("apply").orElseThrow().retry()).isEqualTo(1);
        assertThat(result.warnings()).anySatisfy(d -> {
            assertThat(d.line()).isEqualTo(27);
            assertThat(d.message())
                    .isEqualTo("'retry' in the level of task 'apply' is ignored because the task sets 'retry'");
        });
    }

    @Test
    void skillIsKeptAsALabel() {
        assertThat(result.dag().task("plan").orElseThrow().skill()).isEqualTo("planner");
    }

    @Test
    void compatibilityKeysAndTheSkillTableAreListedAsNotUsed() {
        assertThat(result.warnings()).filteredOn(d -> d.message().contains("not used")).extracting(Diagnostic::line)
                .containsExactly(2, 15, 16, 17, 18, 19, 25);
        assertThat(result.warnings()).anySatisfy(d -> assertThat(d.message())
                .isEqualTo("'rollback' in task 'plan' is accepted for compatibility with older files and not used"));
    }
}
