package dev.cis.ui.graph;

import dev.cis.core.model.TaskStatus;
import dev.cis.ui.theme.Theme;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Colours of the graph canvas for one theme. They follow the GitHub Primer palette that the AtlantaFX
 * Primer themes use, so the canvas matches the controls around it.
 */
public record GraphPalette(
        Color background,
        Color grid,
        Color card,
        Color cardBorder,
        Color text,
        Color mutedText,
        Color edge,
        Color edgeHighlight,
        Color selection,
        Map<TaskStatus, Color> status) {

    public GraphPalette {
        status = Map.copyOf(status);
    }

    public Color statusColor(TaskStatus s) {
        return status.get(s);
    }

    public static GraphPalette of(Theme theme) {
        return theme == Theme.DARK ? dark() : light();
    }

    public static GraphPalette light() {
        Map<TaskStatus, Color> s = new EnumMap<>(TaskStatus.class);
        s.put(TaskStatus.PENDING, Color.web("#8c959f"));
        s.put(TaskStatus.WAITING_APPROVAL, Color.web("#8250df"));
        s.put(TaskStatus.READY, Color.web("#1b7c83"));
        s.put(TaskStatus.RUNNING, Color.web("#0969da"));
        s.put(TaskStatus.BLOCKED, Color.web("#e85d04"));
        s.put(TaskStatus.RETRYING, Color.web("#bf8700"));
        s.put(TaskStatus.COMPLETED, Color.web("#1a7f37"));
        s.put(TaskStatus.FAILED, Color.web("#cf222e"));
        s.put(TaskStatus.SKIPPED, Color.web("#6e7781"));
        s.put(TaskStatus.CANCELLED, Color.web("#57606a"));
        return new GraphPalette(Color.web("#f6f8fa"), Color.web("#d0d7de"), Color.web("#ffffff"),
                Color.web("#d0d7de"), Color.web("#1f2328"), Color.web("#656d76"), Color.web("#afb8c1"),
                Color.web("#0969da"), Color.web("#0969da"), s);
    }

    public static GraphPalette dark() {
        Map<TaskStatus, Color> s = new EnumMap<>(TaskStatus.class);
        s.put(TaskStatus.PENDING, Color.web("#8b949e"));
        s.put(TaskStatus.WAITING_APPROVAL, Color.web("#a371f7"));
        s.put(TaskStatus.READY, Color.web("#39c5cf"));
        s.put(TaskStatus.RUNNING, Color.web("#58a6ff"));
        s.put(TaskStatus.BLOCKED, Color.web("#ff8c1a"));
        s.put(TaskStatus.RETRYING, Color.web("#d29922"));
        s.put(TaskStatus.COMPLETED, Color.web("#3fb950"));
        s.put(TaskStatus.FAILED, Color.web("#f85149"));
        s.put(TaskStatus.SKIPPED, Color.web("#6e7681"));
        s.put(TaskStatus.CANCELLED, Color.web("#8b949e"));
        return new GraphPalette(Color.web("#0d1117"), Color.web("#30363d"), Color.web("#161b22"),
                Color.web("#30363d"), Color.web("#e6edf3"), Color.web("#7d8590"), Color.web("#484f58"),
                Color.web("#58a6ff"), Color.web("#58a6ff"), s);
    }
}
