package dev.cis.app.gui;

import dev.cis.ui.theme.Theme;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A headless picture of the main window.
 *
 * @param output       the PNG file to write
 * @param dagFile      a DAG file to open and show, if any
 * @param selectTask   a task to select (needs {@code dagFile})
 * @param afterSeconds how long to let the window live after the layout is shown, before the picture
 * @param theme        light or dark
 * @param width        window width in pixels
 * @param height       window height in pixels
 */
public record SnapshotRequest(Path output, Optional<Path> dagFile, Optional<String> selectTask, double afterSeconds,
        Theme theme, int width, int height) {
}
