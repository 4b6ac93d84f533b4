package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.TaskSpec;
import dev.cis.ui.testing.TestDags;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LayoutWarmUpTest {

    @Test
    void madeUpDagsGrowToTwoThousandTasks() {
        int[] sizes = LayoutWarmUp.SIZES;
        assertThat(sizes[0]).isLessThanOrEqualTo(300);
        assertThat(sizes[sizes.length - 1]).isEqualTo(2000);
        for (int i = 1; i < sizes.length; i++) {
            assertThat(sizes[i]).isGreaterThanOrEqualTo(sizes[i - 1]);
        }
    }

    @Test
    void aMadeUpDagIsAPipelineOfTasksDependingOnTasksShortlyBefore() {
        Dag dag = LayoutWarmUp.madeUp(300);
        assertThat(dag.tasks()).hasSize(300);
        assertThat(dag.tasks().get(0).deps()).isEmpty();
        for (int i = 1; i < 300; i++) {
            TaskSpec t = dag.tasks().get(i);
            assertThat(t.deps()).hasSizeBetween(1, 2);
            for (String dep : t.deps()) {
                int d = Integer.parseInt(dep.substring(1));
                assertThat(d).isBetween(i - 40, i - 1);
            }
        }
        assertThat(LayoutWarmUp.madeUp(300)).isEqualTo(dag);
    }

    @Test
    void aStepGivenUpForARealLayoutIsDoneAgainAfterIt() throws Exception {
        List<Integer> steps = new CopyOnWriteArrayList<>();
        GraphLayouter layouter = new GraphLayouter() {
            @Override
            public GraphLayout layout(Dag dag) {
                return GraphLayout.empty();
            }

            @Override
            public boolean warmUp(Dag madeUp) {
                steps.add(madeUp.tasks().size());
                return steps.size() != 2;
            }
        };
        LayoutWarmUp warmUp = LayoutWarmUp.start(layouter);
        warmUp.done().get(30, TimeUnit.SECONDS);
        List<Integer> expected = new ArrayList<>();
        for (int size : LayoutWarmUp.SIZES) {
            expected.add(size);
        }
        expected.add(1, LayoutWarmUp.SIZES[1]);
        assertThat(steps).isEqualTo(expected);
    }

    @Test
    void stoppingEndsTheWarmUpAtOnce() throws Exception {
        CompletableFuture<Void> inStep = new CompletableFuture<>();
        List<Integer> steps = new CopyOnWriteArrayList<>();
        GraphLayouter layouter = new GraphLayouter() {
            @Override
            public GraphLayout layout(Dag dag) {
                return GraphLayout.empty();
            }

            @Override
            public boolean warmUp(Dag madeUp) {
                steps.add(madeUp.tasks().size());
                inStep.complete(null);
                try {
                    new CompletableFuture<Void>().get(30, TimeUnit.SECONDS);
                    return true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        };
        LayoutWarmUp warmUp = LayoutWarmUp.start(layouter);
        inStep.get(30, TimeUnit.SECONDS);
        warmUp.stop();
        warmUp.done().get(10, TimeUnit.SECONDS);
        assertThat(steps).containsExactly(LayoutWarmUp.SIZES[0]);
    }

    @Test
    void aRealLayoutMakesTheElkWarmUpGiveUp() throws Exception {
        ElkGraphLayouter elk = new ElkGraphLayouter();
        CompletableFuture<Boolean> warmed = CompletableFuture.supplyAsync(() -> elk.warmUp(LayoutWarmUp.madeUp(4000)));
        Dag small = TestDags.of("flow", "a", "b:a");
        while (!warmed.isDone()) {
            assertThat(elk.layout(small).nodeCount()).isEqualTo(2);
        }
        assertThat(warmed.get()).isFalse();
    }

    @Test
    void anElkWarmUpLeftAloneIsDone() {
        assertThat(new ElkGraphLayouter().warmUp(LayoutWarmUp.madeUp(40))).isTrue();
    }
}
