package dev.cis.ui.graph;

import dev.cis.core.dag.Dag;

/** Computes where the tasks of a DAG are drawn. Implementations are thread-safe and pure. */
@FunctionalInterface
public interface GraphLayouter {

    /** Width of a task node in world units. */
    double NODE_WIDTH = 208;
    /** Height of a task node in world units. */
    double NODE_HEIGHT = 56;

    GraphLayout layout(Dag dag);

    /**
     * Lays out a made-up DAG and forgets it, so that a later layout finds the code loaded and compiled. Returns
     * false when it gave up early to leave the processor to a real layout. Does nothing by default.
     */
    default boolean warmUp(Dag madeUp) {
        return true;
    }
}
