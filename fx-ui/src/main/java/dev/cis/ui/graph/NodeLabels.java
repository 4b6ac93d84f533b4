package dev.cis.ui.graph;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Cuts labels to a width with an ellipsis, measuring with a reused {@link Text}. UI thread only. */
final class NodeLabels {

    private static final String ELLIPSIS = "\u2026";
    private final Text probe = new Text();

    double width(String s, Font font) {
        probe.setFont(font);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }

    String fit(String s, Font font, double maxWidth) {
        if (width(s, font) <= maxWidth) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(s.substring(0, mid) + ELLIPSIS, font) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.substring(0, lo).stripTrailing() + ELLIPSIS;
    }
}
