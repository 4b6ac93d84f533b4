package dev.cis.ui.graph;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.TaskSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays a DAG out left to right with ELK's layered algorithm (Sugiyama style: layers by dependency
 * depth, crossing minimisation, orthogonal edge routes). Dependencies end up left of their dependents.
 * Tasks without any dependency or dependent share the first layer, so the drawing stays one left-to-right
 * flow. Above {@value #LARGE} tasks it spends fewer passes on crossings (thoroughness 1) and packs edges
 * tighter, which keeps 2,000 tasks at well under a second once warm. The first layouts in a JVM also load and
 * compile ELK; {@link #warmUp(Dag)} does that ahead ({@link LayoutWarmUp}), giving way to any real layout.
 */
public final class ElkGraphLayouter implements GraphLayouter {

    private static final Logger LOG = LoggerFactory.getLogger(ElkGraphLayouter.class);
    private static final double PADDING = 32;
    private static final int LARGE = 300;

    /** Real layouts started so far (a warm-up stops when this changes under it), and those running now. */
    private long started;
    private int running;

    static {
        // Registers ELK's core options, which also teaches its property cloning about ElkPadding and co.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /**
     * Lays out {@code madeUp} and forgets it, so that ELK's classes and options are loaded, and its code compiled,
     * before a real DAG comes. Waits while a real layout runs, and stops between two steps of ELK as soon as one
     * starts, so as not to take the processor from it; returns false then, or when interrupted.
     */
    @Override
    public boolean warmUp(Dag madeUp) {
        long realBefore;
        synchronized (this) {
            while (running > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            realBefore = started;
        }
        long start = System.nanoTime();
        BasicProgressMonitor monitor = new BasicProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return realLayoutSince(realBefore) || Thread.currentThread().isInterrupted();
            }
        };
        layOut(madeUp, monitor);
        boolean done = !monitor.isCanceled();
        LOG.debug("graph layout warm-up with {} tasks {} after {} ms", madeUp.tasks().size(), done ? "done" : "given up",
                (System.nanoTime() - start) / 1_000_000);
        return done;
    }

    private synchronized boolean realLayoutSince(long count) {
        return started != count;
    }

    @Override
    public GraphLayout layout(Dag dag) {
        synchronized (this) {
            started++;
            running++;
        }
        try {
            return layOut(dag, new BasicProgressMonitor());
        } finally {
            synchronized (this) {
                running--;
                notifyAll();
            }
        }
    }

    private GraphLayout layOut(Dag dag, BasicProgressMonitor monitor) {
        long start = System.nanoTime();
        List<TaskSpec> tasks = dag.tasks();
        if (tasks.isEmpty()) {
            return GraphLayout.empty();
        }
        ElkNode root = createRoot(tasks.size() > LARGE);
        ElkNode[] nodes = new ElkNode[tasks.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            nodes[i] = ElkGraphUtil.createNode(root);
            nodes[i].setDimensions(NODE_WIDTH, NODE_HEIGHT);
            index.put(tasks.get(i).id(), i);
        }
        List<ElkEdge> edges = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            for (String dep : tasks.get(i).deps()) {
                Integer from = index.get(dep);
                if (from != null) {
                    edges.add(ElkGraphUtil.createSimpleEdge(nodes[from], nodes[i]));
                    ends.add(new int[] {from, i});
                }
            }
        }
        new LayeredLayoutProvider().layout(root, monitor);
        GraphLayout result = toLayout(root, nodes, edges, ends);
        LOG.debug("laid out {} tasks and {} edges in {} ms", nodes.length, edges.size(),
                (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static ElkNode createRoot(boolean large) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        if (large) {
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        }
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 22.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 52.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, large ? 4.0 : 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, large ? 4.0 : 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, large ? 6.0 : 10.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 40.0);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        return root;
    }

    private static GraphLayout toLayout(ElkNode root, ElkNode[] nodes, List<ElkEdge> edges, List<int[]> ends) {
        int n = nodes.length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = nodes[i].getX();
            y[i] = nodes[i].getY();
            w[i] = nodes[i].getWidth();
            h[i] = nodes[i].getHeight();
        }
        List<GraphLayout.EdgeRoute> routes = new ArrayList<>(edges.size());
        for (int e = 0; e < edges.size(); e++) {
            int[] fromTo = ends.get(e);
            routes.add(new GraphLayout.EdgeRoute(fromTo[0], fromTo[1], points(edges.get(e), x, y, w, h, fromTo)));
        }
        return new GraphLayout(x, y, w, h, routes, root.getWidth(), root.getHeight());
    }

    private static double[] points(ElkEdge edge, double[] x, double[] y, double[] w, double[] h, int[] fromTo) {
        if (edge.getSections().isEmpty()) {
            int a = fromTo[0];
            int b = fromTo[1];
            return new double[] {x[a] + w[a], y[a] + h[a] / 2, x[b], y[b] + h[b] / 2};
        }
        ElkEdgeSection s = edge.getSections().get(0);
        double[] p = new double[4 + 2 * s.getBendPoints().size()];
        int k = 0;
        p[k++] = s.getStartX();
        p[k++] = s.getStartY();
        for (ElkBendPoint b : s.getBendPoints()) {
            p[k++] = b.getX();
            p[k++] = b.getY();
        }
        p[k++] = s.getEndX();
        p[k] = s.getEndY();
        return p;
    }
}
