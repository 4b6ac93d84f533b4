package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.ui.testing.TestDags;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CardIndexTest {

    /** Three cards in a row, 100 apart, and one far away. */
    private final GraphLayout layout = new GraphLayout(new double[] {0, 100, 200, 5000},
            new double[] {0, 0, 0, 3000}, new double[] {80, 80, 80, 80}, new double[] {40, 40, 40, 40}, List.of(),
            5080, 3040);
    private final CardIndex index = CardIndex.of(layout);

    private int[] query(double x0, double y0, double x1, double y1) {
        int[] out = new int[layout.nodeCount()];
        int n = index.query(x0, y0, x1, y1, out);
        return Arrays.copyOf(out, n);
    }

    @Test
    void findsTheCardsARectangleTouches() {
        assertThat(query(70, 10, 110, 20)).containsExactly(0, 1);
        assertThat(query(85, 10, 95, 20)).isEmpty();
        assertThat(query(4990, 2990, 5010, 3010)).containsExactly(3);
    }

    @Test
    void findsEachCardOnceInIndexOrder() {
        assertThat(query(-1000, -1000, 10_000, 10_000)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aRectangleOutsideTheDrawingFindsNothing() {
        assertThat(query(-500, -500, -100, -100)).isEmpty();
        assertThat(query(9000, 9000, 9100, 9100)).isEmpty();
    }

    @Test
    void findsTheSameCardsAsLookingAtEveryCard() {
        GraphLayout big = new ElkGraphLayouter().layout(TestDags.layered(500, 700, 30, 3));
        CardIndex bigIndex = CardIndex.of(big);
        int[] out = new int[big.nodeCount()];
        for (int k = 0; k < 200; k++) {
            double x0 = (k * 137) % big.totalWidth();
            double y0 = (k * 311) % big.totalHeight();
            double x1 = x0 + 50 + k % 400;
            double y1 = y0 + 30 + k % 250;
            int[] expected = IntStream.range(0, big.nodeCount()).filter(i -> big.x()[i] <= x1
                    && big.x()[i] + big.width()[i] >= x0 && big.y()[i] <= y1 && big.y()[i] + big.height()[i] >= y0)
                    .toArray();
            int n = bigIndex.query(x0, y0, x1, y1, out);
            assertThat(Arrays.copyOf(out, n)).as("query %d", k).containsExactly(expected);
        }
    }

    @Test
    void anEmptyLayoutFindsNothing() {
        assertThat(CardIndex.of(GraphLayout.empty()).query(0, 0, 100, 100, new int[0])).isZero();
    }
}
