package dev.cis.ui.graph;

import java.util.List;

/**
 * Where every task of a DAG is drawn, in world coordinates (1 unit = 1 pixel at 100 % zoom).
 * Node {@code i} is the task at index {@code i} of the DAG's task list.
 *
 * @param x      left of each node
 * @param y      top of each node
 * @param width  width of each node
 * @param height height of each node
 * @param edges  every dependency edge, routed
 * @param totalWidth  width of the whole drawing
 * @param totalHeight height of the whole drawing
 */
public record GraphLayout(double[] x, double[] y, double[] width, double[] height, List<EdgeRoute> edges,
        double totalWidth, double totalHeight) {

    public GraphLayout {
        edges = List.copyOf(edges);
    }

    /** The layout of a DAG without tasks. */
    public static GraphLayout empty() {
        return new GraphLayout(new double[0], new double[0], new double[0], new double[0], List.of(), 0, 0);
    }

    public int nodeCount() {
        return x.length;
    }

    public double centerX(int node) {
        return x[node] + width[node] / 2;
    }

    public double centerY(int node) {
        return y[node] + height[node] / 2;
    }

    /** The node under the world point, or -1. */
    public int nodeAt(double wx, double wy) {
        for (int i = 0; i < x.length; i++) {
            if (wx >= x[i] && wx <= x[i] + width[i] && wy >= y[i] && wy <= y[i] + height[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One dependency drawn as a polyline from the dependency ({@code from}) to its dependent ({@code to}).
     *
     * @param points x0, y0, x1, y1, ... in world coordinates: start, bend points, end
     */
    public record EdgeRoute(int from, int to, double[] points) {

        public double minX() {
            double m = Double.MAX_VALUE;
            for (int i = 0; i < points.length; i += 2) {
                m = Math.min(m, points[i]);
            }
            return m;
        }

        public double maxX() {
            double m = -Double.MAX_VALUE;
            for (int i = 0; i < points.length; i += 2) {
                m = Math.max(m, points[i]);
            }
            return m;
        }

        public double minY() {
            double m = Double.MAX_VALUE;
            for (int i = 1; i < points.length; i += 2) {
                m = Math.min(m, points[i]);
            }
            return m;
        }

        public double maxY() {
            double m = -Double.MAX_VALUE;
            for (int i = 1; i < points.length; i += 2) {
                m = Math.max(m, points[i]);
            }
            return m;
        }
    }
}
