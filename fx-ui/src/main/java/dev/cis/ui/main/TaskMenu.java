package dev.cis.ui.main;

import dev.cis.core.model.ApprovalDecision;
import dev.cis.ui.action.ActionsViewModel;
import dev.cis.ui.action.Question;
import dev.cis.ui.action.Shortcuts;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The context menu of a task in the graph: its terminal, approve or skip, answer, kill, retry, cancel the run. */
final class TaskMenu {

    private final ActionsViewModel actions;
    private final Runnable openTerminal;
    private final Predicate<String> confirm;
    private final ContextMenu menu = new ContextMenu();

    TaskMenu(ActionsViewModel actions, Runnable openTerminal, Predicate<String> confirm) {
        this.actions = actions;
        this.openTerminal = openTerminal;
        this.confirm = confirm;
        menu.setId("task-menu");
    }

    /** Shows the menu for the selected task at a point of the screen. */
    void show(Node anchor, double screenX, double screenY) {
        menu.hide();
        menu.getItems().setAll(
                item("Open terminal", MaterialDesignC.CONSOLE, Shortcuts.OPEN_TERMINAL,
                        actions.canOpenTerminalProperty(), openTerminal),
                new SeparatorMenuItem(),
                item("Approve", MaterialDesignC.CHECK_BOLD, Shortcuts.APPROVE, actions.canApproveProperty(),
                        () -> actions.approve(ApprovalDecision.APPROVE)),
                item("Skip", MaterialDesignS.SKIP_NEXT, Shortcuts.SKIP, actions.canApproveProperty(),
                        () -> actions.approve(ApprovalDecision.SKIP)),
                answerMenu(),
                new SeparatorMenuItem(),
                item("Kill session", MaterialDesignS.STOP_CIRCLE_OUTLINE, Shortcuts.KILL, actions.canKillProperty(),
                        () -> {
                            if (confirm.test("Kill the session of the selected task? Its attempt fails and may "
                                    + "be retried.")) {
                                actions.killSession();
                            }
                        }),
                item("Retry from here", MaterialDesignR.REPLAY, Shortcuts.RETRY, actions.canRetryProperty(),
                        actions::retryFromHere),
                item("Cancel the run", MaterialDesignC.CANCEL, Shortcuts.CANCEL_RUN, actions.canCancelProperty(),
                        () -> {
                            if (confirm.test("Cancel the run? Its running sessions are stopped.")) {
                                actions.cancelRun();
                            }
                        }));
        menu.show(anchor, screenX, screenY);
    }

    private Menu answerMenu() {
        Menu answer = new Menu("Answer", new FontIcon(MaterialDesignH.HAND_BACK_RIGHT));
        answer.setId("menu-answer");
        Question q = actions.questionProperty().get();
        Question shown = q != null ? q
                : new Question("", "", "", null, null, List.of(), List.of());
        for (Question.QuickAnswer a : shown.quickAnswers()) {
            MenuItem item = new MenuItem(a.label());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.answer(a.input()));
            answer.getItems().add(item);
        }
        MenuItem free = new MenuItem("Type an answer\u2026");
        free.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.setHeaderText(shown.reason());
            dialog.setContentText("Answer (Enter is added):");
            dialog.showAndWait().filter(s -> !s.isEmpty()).ifPresent(s -> actions.answer(s + "\r"));
        });
        answer.getItems().addAll(new SeparatorMenuItem(), free);
        answer.setDisable(!actions.canAnswerProperty().get());
        return answer;
    }

    private static MenuItem item(String text, Ikon icon, KeyCombination keys, ObservableBooleanValue enabled,
            Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setAccelerator(keys);
        item.setDisable(!enabled.get());
        item.setOnAction(e -> action.run());
        return item;
    }

    ContextMenu menu() {
        return menu;
    }
}
