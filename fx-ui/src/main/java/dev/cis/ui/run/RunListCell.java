package dev.cis.ui.run;

import atlantafx.base.theme.Styles;
import dev.cis.core.model.RunStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** One row of the runs list: a section header, or a run with its status, progress and blocked tasks. */
final class RunListCell extends ListCell<RunListRow> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH);

    RunListCell() {
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(RunListRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("run-section", "run-entry");
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (row instanceof RunListRow.Section s) {
            getStyleClass().add("run-section");
            Label l = new Label(s.title().toUpperCase(Locale.ROOT) + "  " + s.count());
            l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_BOLD);
            setGraphic(l);
            return;
        }
        getStyleClass().add("run-entry");
        setGraphic(entry(((RunListRow.Entry) row).run()));
    }

    private static HBox entry(RunSummary r) {
        FontIcon icon = new FontIcon(icon(r.status()));
        icon.getStyleClass().addAll("run-status-icon", "run-" + r.status().wireName());
        Label name = new Label(r.dagName());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setMinWidth(0);
        Label meta = new Label(shortId(r.runId()) + " \u00b7 " + when(r.createdAt()) + " \u00b7 " + r.node());
        meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        meta.setMinWidth(0);
        VBox text = new VBox(2, name, meta);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label progress = new Label(r.completedTasks() + "/" + r.totalTasks());
        progress.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "run-progress");
        VBox right = new VBox(2, progress);
        right.setAlignment(Pos.TOP_RIGHT);
        if (r.blockedTasks() > 0) {
            Label blocked = new Label(String.valueOf(r.blockedTasks()), new FontIcon(MaterialDesignH.HAND_BACK_RIGHT));
            blocked.getStyleClass().add("blocked-badge");
            right.getChildren().add(blocked);
        }
        right.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, icon, text, right);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Ikon icon(RunStatus s) {
        return switch (s) {
            case CREATED -> MaterialDesignC.CLOCK_OUTLINE;
            case RUNNING -> MaterialDesignP.PROGRESS_CLOCK;
            case COMPLETED -> MaterialDesignC.CHECK_CIRCLE;
            case FAILED -> MaterialDesignC.CLOSE_CIRCLE;
            case CANCELLED -> MaterialDesignC.CANCEL;
        };
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    private static String when(Instant t) {
        if (t == null) {
            return "";
        }
        ZoneId zone = ZoneId.systemDefault();
        boolean today = LocalDate.ofInstant(t, zone).equals(LocalDate.now(zone));
        return (today ? TIME : DAY_TIME).format(t.atZone(zone));
    }
}
