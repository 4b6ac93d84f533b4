package dev.cis.ui.graph;

import java.util.Arrays;

/**
 * The task cards of a layout sorted into square cells of the world, so that the cards near a rectangle are found
 * without looking at every card. Immutable except for the scratch space of {@link #query}: UI thread only.
 */
final class CardIndex {

    private static final double CELL = 256;

    private final GraphLayout layout;
    private final double minX;
    private final double minY;
    private final int cols;
    private final int rows;
    /** Cards per cell, row by row: the cards of cell c are {@code cards[start[c]] .. cards[start[c + 1] - 1]}. */
    private final int[] start;
    private final int[] cards;
    private final int[] stamp;
    private int query;

    private CardIndex(GraphLayout layout) {
        this.layout = layout;
        int n = layout.nodeCount();
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, layout.x()[i]);
            y0 = Math.min(y0, layout.y()[i]);
            x1 = Math.max(x1, layout.x()[i] + layout.width()[i]);
            y1 = Math.max(y1, layout.y()[i] + layout.height()[i]);
        }
        minX = n == 0 ? 0 : x0;
        minY = n == 0 ? 0 : y0;
        cols = n == 0 ? 1 : (int) ((x1 - x0) / CELL) + 1;
        rows = n == 0 ? 1 : (int) ((y1 - y0) / CELL) + 1;
        start = new int[cols * rows + 1];
        for (int i = 0; i < n; i++) {
            for (int cell : cellsOf(i)) {
                start[cell + 1]++;
            }
        }
        for (int c = 0; c < cols * rows; c++) {
            start[c + 1] += start[c];
        }
        cards = new int[start[cols * rows]];
        int[] fill = Arrays.copyOf(start, cols * rows);
        for (int i = 0; i < n; i++) {
            for (int cell : cellsOf(i)) {
                cards[fill[cell]++] = i;
            }
        }
        stamp = new int[n];
    }

    static CardIndex of(GraphLayout layout) {
        return new CardIndex(layout);
    }

    /** The cells card {@code i} lies in. */
    private int[] cellsOf(int i) {
        int c0 = col(layout.x()[i]);
        int c1 = col(layout.x()[i] + layout.width()[i]);
        int r0 = row(layout.y()[i]);
        int r1 = row(layout.y()[i] + layout.height()[i]);
        int[] cells = new int[(c1 - c0 + 1) * (r1 - r0 + 1)];
        int k = 0;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                cells[k++] = r * cols + c;
            }
        }
        return cells;
    }

    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - minX) / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) / CELL)));
    }

    /**
     * The cards whose rectangle intersects the world rectangle {@code [x0, x1] x [y0, y1]}, written into
     * {@code out} in increasing order (the order they are drawn in); returns how many. {@code out} must hold at
     * least {@link GraphLayout#nodeCount()} entries.
     */
    int query(double x0, double y0, double x1, double y1, int[] out) {
        if (stamp.length == 0) {
            return 0;
        }
        query++;
        int found = 0;
        for (int r = row(y0); r <= row(y1); r++) {
            for (int c = col(x0); c <= col(x1); c++) {
                int cell = r * cols + c;
                for (int k = start[cell]; k < start[cell + 1]; k++) {
                    int i = cards[k];
                    if (stamp[i] != query && intersects(i, x0, y0, x1, y1)) {
                        stamp[i] = query;
                        out[found++] = i;
                    }
                }
            }
        }
        Arrays.sort(out, 0, found);
        return found;
    }

    private boolean intersects(int i, double x0, double y0, double x1, double y1) {
        double x = layout.x()[i];
        double y = layout.y()[i];
        return x <= x1 && x + layout.width()[i] >= x0 && y <= y1 && y + layout.height()[i] >= y0;
    }
}
