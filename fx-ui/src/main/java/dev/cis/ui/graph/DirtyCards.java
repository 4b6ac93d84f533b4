package dev.cis.ui.graph;

import java.util.Arrays;

/**
 * The task cards to draw again in the next frame: either all of them (the viewport, the selection, the layout or
 * the theme changed), or the tasks marked since the last frame, each once, in the order they were marked. A burst
 * of changes to one task costs one redraw of its card. UI thread only.
 */
final class DirtyCards {

    private boolean all = true;
    private int[] tasks = new int[64];
    private int count;
    private boolean[] marked = new boolean[0];

    /** Every card is drawn again. */
    void markAll() {
        all = true;
    }

    /** The card of task {@code i} is drawn again. */
    void mark(int i) {
        if (all) {
            return;
        }
        if (i >= marked.length) {
            marked = Arrays.copyOf(marked, Math.max(i + 1, marked.length * 2));
        }
        if (marked[i]) {
            return;
        }
        marked[i] = true;
        if (count == tasks.length) {
            tasks = Arrays.copyOf(tasks, count * 2);
        }
        tasks[count++] = i;
    }

    /** True when every card is to be drawn. */
    boolean all() {
        return all;
    }

    /** True when nothing is to be drawn. */
    boolean isEmpty() {
        return !all && count == 0;
    }

    /** How many tasks are marked (not meaningful when {@link #all()}). */
    int count() {
        return count;
    }

    /** The marked task at position {@code k}, {@code 0 <= k < count()}. */
    int task(int k) {
        return tasks[k];
    }

    /** Forgets what was marked: nothing is dirty any more. */
    void clear() {
        for (int k = 0; k < count; k++) {
            marked[tasks[k]] = false;
        }
        count = 0;
        all = false;
    }
}
