package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.dag.Dag;
import dev.cis.ui.testing.TestDags;
import org.junit.jupiter.api.Test;

class GraphNavigationTest {

    private final Dag dag = TestDags.of("flow", "a", "b:a", "c:a");
    private final GraphLayout layout = new ElkGraphLayouter().layout(dag);

    @Test
    void rightMovesToADependent() {
        int next = GraphNavigation.next(layout, 0, GraphNavigation.Direction.RIGHT);
        assertThat(next).isIn(1, 2);
    }

    @Test
    void leftFromADependentMovesToItsDependency() {
        assertThat(GraphNavigation.next(layout, 1, GraphNavigation.Direction.LEFT)).isEqualTo(0);
    }

    @Test
    void downMovesBetweenSiblings() {
        int upper = layout.y()[1] < layout.y()[2] ? 1 : 2;
        int lower = upper == 1 ? 2 : 1;
        assertThat(GraphNavigation.next(layout, upper, GraphNavigation.Direction.DOWN)).isEqualTo(lower);
    }

    @Test
    void withNothingSelectedTheFirstTaskIsChosen() {
        assertThat(GraphNavigation.next(layout, -1, GraphNavigation.Direction.RIGHT)).isEqualTo(0);
    }

    @Test
    void withNothingInThatDirectionTheSelectionStays() {
        assertThat(GraphNavigation.next(layout, 0, GraphNavigation.Direction.LEFT)).isEqualTo(0);
    }
}
