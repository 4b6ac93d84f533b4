package dev.cis.ui.run;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The runs list: a filter field over active runs and history. */
public final class RunListView extends VBox {

    private final RunListViewModel model;
    private final ListView<RunListRow> list = new ListView<>();
    private final CustomTextField filter = new CustomTextField();
    private boolean syncing;

    public RunListView(RunListViewModel model) {
        this.model = model;
        getStyleClass().add("runs-pane");
        setMinWidth(200);
        TextField field = filterField();
        getChildren().addAll(header(), field, list);
        VBox.setMargin(field, new javafx.geometry.Insets(0, 10, 4, 10));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setId("run-list");
        list.getStyleClass().addAll(Styles.DENSE, "run-list");
        // rows are rebuilt as runs change: while the list view reacts (clearing its selection), ignore it
        model.rows().addListener((javafx.collections.ListChangeListener<RunListRow>) c -> syncing = true);
        list.setItems(model.rows());
        list.setCellFactory(v -> new RunListCell());
        list.setPlaceholder(placeholder());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> onListSelection(old, row));
        model.selectedRunIdProperty().addListener((obs, old, id) -> syncSelection(id));
        model.rows().addListener((javafx.collections.ListChangeListener<RunListRow>) c -> {
            syncing = false;
            syncSelection(model.selectedRunIdProperty().get());
        });
    }

    private HBox header() {
        FontIcon icon = new FontIcon(MaterialDesignH.HISTORY);
        Label title = new Label("Runs", icon);
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "pane-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(6, title, grow);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("pane-header");
        return box;
    }

    private TextField filterField() {
        filter.setId("run-filter");
        filter.setPromptText("Filter runs");
        filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.getStyleClass().add("run-filter");
        return filter;
    }

    private VBox placeholder() {
        Label title = new Label("No runs yet");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label("Runs started on this node\nappear here.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        title.textProperty().bind(javafx.beans.binding.Bindings.when(model.filterProperty().isEmpty())
                .then("No runs yet").otherwise("No run matches"));
        VBox box = new VBox(4, title, hint);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void onListSelection(RunListRow old, RunListRow row) {
        if (syncing) {
            return;
        }
        if (row instanceof RunListRow.Section) {
            syncing = true;
            list.getSelectionModel().select(old);
            syncing = false;
            return;
        }
        model.select(row instanceof RunListRow.Entry e ? e.run().runId() : null);
    }

    private void syncSelection(String runId) {
        syncing = true;
        try {
            for (int i = 0; i < model.rows().size(); i++) {
                if (model.rows().get(i) instanceof RunListRow.Entry e && e.run().runId().equals(runId)) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    /** Puts the keyboard focus in the filter field. */
    public void focusFilter() {
        filter.requestFocus();
    }
}
