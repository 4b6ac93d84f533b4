package dev.cis.core.monitor;

import java.util.List;

/**
 * The text of a rendered terminal screen: one string per line (rows that a long line wrapped across joined
 * again, trailing blanks removed, wide characters once) and where the cursor is.
 *
 * @param lines     the lines, top to bottom
 * @param cursorRow the line the cursor is on, from 0
 * @param cursorCol the cursor's position in that line, from 0
 */
record ScreenSnapshot(List<String> lines, int cursorRow, int cursorCol) {

    ScreenSnapshot {
        lines = List.copyOf(lines);
    }

    /** The lowest row that holds text, or -1 when the screen is blank. */
    int lastTextRow() {
        for (int row = lines.size() - 1; row >= 0; row--) {
            if (!lines.get(row).isBlank()) {
                return row;
            }
        }
        return -1;
    }

    /**
     * The rows where a question would be: from the {@code count}-th non-empty row counted from the bottom (or a
     * few rows above the cursor, when that is higher) down to the last row with text or the cursor.
     */
    Region questionRegion(int count) {
        int last = Math.max(lastTextRow(), Math.min(cursorRow, lines.size() - 1));
        if (last < 0) {
            return new Region(0, List.of());
        }
        int first = last;
        int seen = 0;
        for (int row = last; row >= 0 && seen < count; row--) {
            first = row;
            if (!lines.get(row).isBlank()) {
                seen++;
            }
        }
        first = Math.max(0, Math.min(first, cursorRow - 8));
        return new Region(first, lines.subList(first, last + 1));
    }

    /** The last {@code count} non-empty rows, for people to see what the session shows. */
    List<String> tail(int count) {
        int last = lastTextRow();
        if (last < 0) {
            return List.of();
        }
        int first = last;
        int seen = 0;
        for (int row = last; row >= 0 && seen < count; row--) {
            first = row;
            if (!lines.get(row).isBlank()) {
                seen++;
            }
        }
        return List.copyOf(lines.subList(first, last + 1));
    }

    /**
     * Consecutive rows of the screen.
     *
     * @param firstRow the screen row of the first line
     */
    record Region(int firstRow, List<String> lines) {

        Region {
            lines = List.copyOf(lines);
        }

        String text() {
            return String.join("\n", lines);
        }
    }
}
