package dev.cis.core.matrix;

/** Which way {@code /messages} pages: backwards (older events) or forwards. */
public enum Direction {
    BACKWARDS("b"),
    FORWARDS("f");

    final String wire;

    Direction(String wire) {
        this.wire = wire;
    }
}
