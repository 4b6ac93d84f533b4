package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextInjectionTest {

    @Test
    void promptWithoutDependenciesIsUnchanged() {
        assertThat(ContextInjection.inject("do it", List.of())).isEqualTo("do it");
    }

    @Test
    void outputsFollowThePromptInDepsOrderWithStatusAndExitCode() {
        String text = ContextInjection.inject("Join them.", List.of(
                new UpstreamOutput("b", TaskStatus.COMPLETED, 0, "from b\n"),
                new UpstreamOutput("a", TaskStatus.FAILED, 3, "from a")));
        assertThat(text).isEqualTo("""
                Join them.

                ## Upstream task outputs

                ### b (completed, exit 0)
                from b

                ### a (failed, exit 3)
                from a
                """);
    }

    @Test
    void longOutputKeepsItsLast16KiBAndSaysHowMuchWasCut() {
        String big = "x".repeat(20_000) + "END";
        String text = ContextInjection.upstreamSection(List.of(new UpstreamOutput("a", TaskStatus.COMPLETED, 0, big)));
        assertThat(text).contains("[... 3619 earlier bytes cut; the last 16384 bytes follow ...]");
        assertThat(text).endsWith("END\n");
    }

    @Test
    void cutNeverSplitsAMultiByteCharacter() {
        String big = "é".repeat(10_000);
        String cut = ContextInjection.cut(big);
        String tail = cut.substring(cut.indexOf('\n') + 1);
        assertThat(tail).matches("é+");
        assertThat(tail.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ContextInjection.MAX_BYTES_PER_DEP);
    }

    @Test
    void taskThatNeverRanShowsExitNone() {
        String text = ContextInjection.upstreamSection(List.of(new UpstreamOutput("a", TaskStatus.SKIPPED, null, "")));
        assertThat(text).contains("### a (skipped, exit none)");
    }
}
