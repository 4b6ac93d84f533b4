package dev.cis.ui.main;

import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * Fills the status bar: message, node state, Matrix state and the count of blocked tasks (at most 4 times a
 * second).
 */
final class StatusBarBinder {

    private final MainWindowViewModel model;
    private final StatusBar bar;

    StatusBarBinder(MainWindowViewModel model, StatusBar bar) {
        this.model = model;
        this.bar = bar;
    }

    void bind() {
        bar.textProperty().bind(model.statusMessageProperty());
        Label node = new Label();
        node.setId("status-node");
        node.textProperty().bind(model.nodeTextProperty());
        node.setGraphic(new FontIcon(MaterialDesignL.LAN_CONNECT));
        connectionStyle(node, model.nodeStateProperty().get());
        model.nodeStateProperty().addListener((obs, o, s) -> connectionStyle(node, s));

        Label matrix = new Label();
        matrix.setId("status-matrix");
        matrix.textProperty().bind(model.matrixTextProperty());
        matrix.setGraphic(new FontIcon(MaterialDesignM.MATRIX));
        connectionStyle(matrix, model.matrixStateProperty().get());
        model.matrixStateProperty().addListener((obs, o, s) -> connectionStyle(matrix, s));

        Label blocked = new Label();
        blocked.setId("status-blocked");
        blocked.setGraphic(new FontIcon(MaterialDesignH.HAND_BACK_RIGHT));
        // a run in full swing changes the count with every batch of events: the bar shows it 4 times a second
        Throttle showBlocked = new Throttle(Duration.millis(250), () -> showBlocked(blocked));
        showBlocked(blocked);
        model.blockedTasksProperty().addListener(o -> showBlocked.request());

        bar.getRightItems().setAll(node, separator(), matrix, separator(), blocked);
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("status-separator");
        return s;
    }

    private static void connectionStyle(Label l, ConnectionState s) {
        l.getStyleClass().removeIf(c -> c.startsWith("conn-"));
        l.getStyleClass().add("conn-" + s.name().toLowerCase(java.util.Locale.ROOT));
        if (l.getGraphic() instanceof FontIcon icon && l.getId().equals("status-node")) {
            icon.setIconCode(s == ConnectionState.CONNECTED ? MaterialDesignL.LAN_CONNECT
                    : s == ConnectionState.CONNECTING ? MaterialDesignL.LAN_PENDING : MaterialDesignL.LAN_DISCONNECT);
        }
    }

    private void showBlocked(Label l) {
        int n = model.blockedTasksProperty().get();
        l.setText(n == 0 ? "No blocked tasks" : n == 1 ? "1 task needs you" : n + " tasks need you");
        blockedStyle(l, n);
    }

    /** Changes the style class only when the count goes to or from zero: a new class costs a CSS pass. */
    private static void blockedStyle(Label l, int n) {
        String wanted = n > 0 ? "blocked-some" : "blocked-none";
        if (!l.getStyleClass().contains(wanted)) {
            l.getStyleClass().removeAll("blocked-none", "blocked-some");
            l.getStyleClass().add(wanted);
        }
    }
}
