package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

class GraphViewportTest {

    private final GraphViewport v = new GraphViewport();

    @Test
    void zoomingKeepsThePointUnderThePivotInPlace() {
        v.panBy(30, 40);
        double wx = v.toWorldX(200);
        double wy = v.toWorldY(100);
        v.zoomBy(1.5, 200, 100);
        assertThat(v.zoom()).isEqualTo(1.5);
        assertThat(v.toScreenX(wx)).isCloseTo(200, within(1e-9));
        assertThat(v.toScreenY(wy)).isCloseTo(100, within(1e-9));
    }

    @Test
    void zoomStaysWithinItsLimits() {
        v.zoomBy(1000, 0, 0);
        assertThat(v.zoom()).isEqualTo(GraphViewport.MAX_ZOOM);
        v.zoomBy(1e-6, 0, 0);
        assertThat(v.zoom()).isEqualTo(GraphViewport.MIN_ZOOM);
    }

    @Test
    void fitShowsTheWholeContentCentred() {
        v.fit(new BoundingBox(0, 0, 4000, 1000), 1000, 600, 20);
        Bounds seen = v.visibleWorld(1000, 600);
        assertThat(seen.getMinX()).isLessThanOrEqualTo(0);
        assertThat(seen.getMaxX()).isGreaterThanOrEqualTo(4000);
        assertThat(seen.getMinY()).isLessThanOrEqualTo(0);
        assertThat(seen.getMaxY()).isGreaterThanOrEqualTo(1000);
        assertThat(v.toScreenX(2000)).isCloseTo(500, within(1e-9));
    }

    @Test
    void fitNeverEnlargesASmallGraph() {
        v.fit(new BoundingBox(0, 0, 100, 50), 1000, 600, 20);
        assertThat(v.zoom()).isEqualTo(1.0);
    }

    @Test
    void revealPansATaskBackIntoView() {
        v.reveal(2000, 10, 200, 50, 800, 600);
        assertThat(v.toScreenX(2200)).isLessThanOrEqualTo(800);
        assertThat(v.toScreenX(2000)).isGreaterThanOrEqualTo(0);
    }
}
