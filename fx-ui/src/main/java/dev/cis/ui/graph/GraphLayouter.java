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
}
