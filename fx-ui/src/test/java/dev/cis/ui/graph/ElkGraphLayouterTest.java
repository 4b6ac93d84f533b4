package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.dag.Dag;
import dev.cis.ui.testing.TestDags;
import org.junit.jupiter.api.Test;

class ElkGraphLayouterTest {

    private final ElkGraphLayouter layouter = new ElkGraphLayouter();

    @Test
    void everyTaskIsRightOfItsDependencies() {
        Dag dag = TestDags.of("flow", "plan", "build:plan", "lint:plan", "test:build", "ship:test,lint");
        GraphLayout l = layouter.layout(dag);
        for (int i = 0; i < dag.tasks().size(); i++) {
            for (String dep : dag.tasks().get(i).deps()) {
                int d = indexOf(dag, dep);
                assertThat(l.x()[i]).as("%s right of %s", dag.tasks().get(i).id(), dep)
                        .isGreaterThanOrEqualTo(l.x()[d] + l.width()[d]);
            }
        }
    }

    @Test
    void nodesHaveTheNodeSizeAndDoNotOverlap() {
        GraphLayout l = layouter.layout(TestDags.of("flow", "a", "b", "c", "d:a,b,c"));
        for (int i = 0; i < l.nodeCount(); i++) {
            assertThat(l.width()[i]).isEqualTo(GraphLayouter.NODE_WIDTH);
            assertThat(l.height()[i]).isEqualTo(GraphLayouter.NODE_HEIGHT);
            for (int j = i + 1; j < l.nodeCount(); j++) {
                boolean apart = l.x()[i] + l.width()[i] <= l.x()[j] || l.x()[j] + l.width()[j] <= l.x()[i]
                        || l.y()[i] + l.height()[i] <= l.y()[j] || l.y()[j] + l.height()[j] <= l.y()[i];
                assertThat(apart).as("nodes %d and %d overlap", i, j).isTrue();
            }
        }
    }

    @Test
    void edgesRunFromTheDependencyToTheDependent() {
        Dag dag = TestDags.of("flow", "a", "b:a");
        GraphLayout l = layouter.layout(dag);
        assertThat(l.edges()).hasSize(1);
        GraphLayout.EdgeRoute e = l.edges().get(0);
        assertThat(e.from()).isEqualTo(0);
        assertThat(e.to()).isEqualTo(1);
        double[] p = e.points();
        assertThat(p[0]).isCloseTo(l.x()[0] + l.width()[0], org.assertj.core.data.Offset.offset(1.0));
        assertThat(p[p.length - 2]).isCloseTo(l.x()[1], org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void twoThousandTasksAreAllPlacedInsideTheDrawing() {
        Dag dag = TestDags.layered(2000, 3000, 40, 7);
        GraphLayout l = layouter.layout(dag);
        assertThat(l.nodeCount()).isEqualTo(2000);
        assertThat(l.edges()).hasSize(dag.tasks().stream().mapToInt(t -> t.deps().size()).sum());
        for (int i = 0; i < l.nodeCount(); i++) {
            assertThat(l.x()[i] + l.width()[i]).isLessThanOrEqualTo(l.totalWidth());
            assertThat(l.y()[i] + l.height()[i]).isLessThanOrEqualTo(l.totalHeight());
        }
    }

    @Test
    void anEmptyDagHasAnEmptyLayout() {
        assertThat(layouter.layout(TestDags.dag("empty", java.util.List.of())).nodeCount()).isZero();
    }

    private static int indexOf(Dag dag, String id) {
        for (int i = 0; i < dag.tasks().size(); i++) {
            if (dag.tasks().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
