package dev.cis.ui.graph;

/** Moves a selection to the nearest task in a direction, for the arrow keys. */
public final class GraphNavigation {

    public enum Direction { LEFT, RIGHT, UP, DOWN }

    private GraphNavigation() {
    }

    /**
     * The node nearest to {@code from} whose centre lies in {@code dir}, or {@code from} when there is none.
     * With nothing selected ({@code from < 0}) it is the top-left node.
     */
    public static int next(GraphLayout l, int from, Direction dir) {
        if (l.nodeCount() == 0) {
            return -1;
        }
        if (from < 0 || from >= l.nodeCount()) {
            return topLeft(l);
        }
        double fx = l.centerX(from);
        double fy = l.centerY(from);
        int best = from;
        double bestScore = Double.MAX_VALUE;
        for (int i = 0; i < l.nodeCount(); i++) {
            if (i == from) {
                continue;
            }
            double dx = l.centerX(i) - fx;
            double dy = l.centerY(i) - fy;
            double along = switch (dir) {
                case LEFT -> -dx;
                case RIGHT -> dx;
                case UP -> -dy;
                case DOWN -> dy;
            };
            double across = dir == Direction.LEFT || dir == Direction.RIGHT ? Math.abs(dy) : Math.abs(dx);
            if (along <= 1) {
                continue;
            }
            double score = along + 2.5 * across;
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static int topLeft(GraphLayout l) {
        int best = 0;
        for (int i = 1; i < l.nodeCount(); i++) {
            if (l.x()[i] + l.y()[i] < l.x()[best] + l.y()[best]) {
                best = i;
            }
        }
        return best;
    }
}
