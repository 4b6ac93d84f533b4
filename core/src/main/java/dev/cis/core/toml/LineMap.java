package dev.cis.core.toml;

import java.util.Arrays;

/** Turns offsets in a text into 1-based line and column numbers (columns count UTF-16 units). */
public final class LineMap {

    private final int[] lineStarts;
    private final int lineCount;

    public LineMap(CharSequence text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0, len = text.length(); i < len; i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = n;
    }

    /** 1-based line of {@code offset}. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of {@code offset}. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }
}
