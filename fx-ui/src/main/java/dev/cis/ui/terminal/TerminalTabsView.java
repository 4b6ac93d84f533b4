package dev.cis.ui.terminal;

import dev.cis.ui.theme.Theme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The terminal tabs below the graph: one tab per session shown, live or from its recording. Closing a tab detaches
 * from its session (the session keeps running). Call on the FX thread.
 */
public final class TerminalTabsView {

    private final TabPane tabs;
    private final Executor fx;
    private final Map<String, Tab> bySession = new LinkedHashMap<>();
    private final Map<String, CisTerminalWidget> widgets = new LinkedHashMap<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    /**
     * @param fx runs work on the FX thread (updates when a live session ends)
     */
    public TerminalTabsView(TabPane tabs, Executor fx) {
        this.tabs = tabs;
        this.fx = fx;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        theme.addListener((obs, o, t) -> widgets.values().forEach(w -> w.setTheme(t)));
    }

    /** The theme whose colours the terminals show; open terminals change with it. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Shows {@code t} in a new tab, or selects the tab that already shows its session. Focuses the terminal. */
    public CisTerminalWidget show(OpenedTerminal t) {
        Tab existing = bySession.get(t.sessionId());
        if (existing != null) {
            t.connector().close();
            tabs.getSelectionModel().select(existing);
            CisTerminalWidget w = widgets.get(t.sessionId());
            w.focus();
            return w;
        }
        CisTerminalWidget widget = new CisTerminalWidget(t.connector(), theme.get());
        Tab tab = new Tab(t.title(), widget.getPane());
        tab.setId("terminal-" + t.sessionId().replace(':', '-'));
        tab.getStyleClass().add(t.live() ? "terminal-live" : "terminal-recording");
        tab.setGraphic(new FontIcon(t.live() ? MaterialDesignC.CONSOLE : MaterialDesignP.PLAY_BOX_OUTLINE));
        tab.setTooltip(new Tooltip(t.live() ? "Live session " + t.sessionId() + " (closing the tab detaches; "
                + "the session keeps running)" : "Recording of " + t.sessionId() + " (read-only)"));
        tab.setOnClosed(e -> forget(t.sessionId()));
        bySession.put(t.sessionId(), tab);
        widgets.put(t.sessionId(), widget);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        if (t.connector() instanceof SessionTtyConnector live) {
            live.exitFuture().thenAcceptAsync(code -> ended(t.sessionId(), code), fx);
        }
        widget.start();
        widget.focus();
        return widget;
    }

    private void ended(String sessionId, int code) {
        Tab tab = bySession.get(sessionId);
        if (tab == null) {
            return;
        }
        tab.getStyleClass().add(code == 0 ? "terminal-exited-ok" : "terminal-exited-failed");
        tab.setGraphic(new FontIcon(code == 0 ? MaterialDesignC.CHECK_CIRCLE_OUTLINE
                : MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        tab.getTooltip().setText("Session " + sessionId + " ended with exit code " + code);
    }

    private void forget(String sessionId) {
        bySession.remove(sessionId);
        CisTerminalWidget w = widgets.remove(sessionId);
        if (w != null) {
            w.close();
        }
    }

    /** The widget showing a session, if a tab shows it. */
    public Optional<CisTerminalWidget> widget(String sessionId) {
        return Optional.ofNullable(widgets.get(sessionId));
    }

    /** Closes the selected tab (detaching from its session). */
    public void closeSelected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null) {
            close(tab);
        }
    }

    /** Closes every tab. */
    public void closeAll() {
        for (Tab tab : bySession.values().toArray(new Tab[0])) {
            close(tab);
        }
    }

    private void close(Tab tab) {
        tabs.getTabs().remove(tab);
        bySession.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst()
                .ifPresent(this::forget);
    }

    /** Number of open terminal tabs. */
    public int count() {
        return bySession.size();
    }
}
