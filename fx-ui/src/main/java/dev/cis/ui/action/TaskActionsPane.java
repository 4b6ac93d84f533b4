package dev.cis.ui.action;

import atlantafx.base.theme.Styles;
import dev.cis.core.model.ApprovalDecision;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The actions on the selected task, in the inspector: its question with quick answers and a free-text answer when
 * its session is blocked, Approve / Skip when it waits for approval, and buttons to open its terminal, kill its
 * session or retry from it.
 */
public final class TaskActionsPane extends VBox {

    private final ActionsViewModel actions;
    private final FlowPane answers = new FlowPane(6, 6);
    private final Label reason = new Label();
    private final Label screen = new Label();

    /**
     * @param openTerminal opens the selected task's terminal
     * @param confirm      asks the person to confirm a destructive action (the text says which); true to go on
     */
    public TaskActionsPane(ActionsViewModel actions, Runnable openTerminal, Predicate<String> confirm) {
        super(8);
        this.actions = actions;
        getStyleClass().add("task-actions");
        getChildren().addAll(questionCard(), approvalCard(), buttons(openTerminal, confirm));
        actions.questionProperty().addListener((obs, o, q) -> showQuestion(q));
        actions.canAnswerProperty().addListener((obs, o, n) -> showQuestion(actions.questionProperty().get()));
        showQuestion(actions.questionProperty().get());
        visibleProperty().bind(actions.connectedProperty());
        managedProperty().bind(visibleProperty());
    }

    private VBox questionCard() {
        Label title = new Label("Needs you", new FontIcon(MaterialDesignH.HAND_BACK_RIGHT));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "card-title");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.setId("question-reason");
        screen.getStyleClass().addAll("mono", "question-screen");
        screen.setWrapText(true);
        screen.setMinHeight(Region.USE_PREF_SIZE);
        screen.managedProperty().bind(screen.visibleProperty());
        answers.setId("quick-answers");
        TextField text = new TextField();
        text.setId("answer-text");
        text.setPromptText("Type an answer\u2026");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button send = button("Send", MaterialDesignS.SEND, "answer-send",
                "Type this text into the session, then Enter");
        send.disableProperty().bind(text.textProperty().isEmpty());
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.setOnAction(e -> {
            actions.answer(text.getText() + "\r");
            text.clear();
        });
        text.setOnAction(e -> send.fire());
        HBox free = new HBox(6, text, send);
        free.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, title, reason, screen, answers, free);
        card.setId("question-card");
        card.getStyleClass().addAll("action-card", "question-card");
        card.visibleProperty().bind(actions.canAnswerProperty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private void showQuestion(Question q) {
        Question shown = q != null ? q : new Question("", "", "", "the session may be waiting for an answer",
                null, List.of(), List.of());
        reason.setText(shown.reason());
        screen.setText(String.join("\n", shown.screenLines()));
        screen.setVisible(!shown.screenLines().isEmpty());
        answers.getChildren().clear();
        for (Question.QuickAnswer a : shown.quickAnswers()) {
            Button b = new Button(a.label());
            b.getStyleClass().add(Styles.SMALL);
            b.setId("answer-" + a.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", ""));
            b.setTooltip(new Tooltip("Types " + printable(a.input()) + " into the session"
                    + shortcutFor(a.input())));
            b.setOnAction(e -> actions.answer(a.input()));
            answers.getChildren().add(b);
        }
    }

    private static String shortcutFor(String input) {
        return switch (input) {
            case "y\r" -> " (" + Shortcuts.ANSWER_YES.getDisplayText() + ")";
            case "n\r" -> " (" + Shortcuts.ANSWER_NO.getDisplayText() + ")";
            case "\r" -> " (" + Shortcuts.ANSWER_ENTER.getDisplayText() + ")";
            default -> "";
        };
    }

    private static String printable(String input) {
        String body = input.endsWith("\r") ? input.substring(0, input.length() - 1) : input;
        return body.isEmpty() ? "Enter" : "\u201c" + body + "\u201d" + (input.endsWith("\r") ? " and Enter" : "");
    }

    private VBox approvalCard() {
        Label title = new Label("Waits for your approval", new FontIcon(MaterialDesignA.ACCOUNT_CLOCK));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "card-title");
        Button approve = button("Approve", MaterialDesignC.CHECK_BOLD, "approve",
                Shortcuts.tip("Run this task", Shortcuts.APPROVE));
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.setOnAction(e -> actions.approve(ApprovalDecision.APPROVE));
        Button skip = button("Skip", MaterialDesignS.SKIP_NEXT, "skip",
                Shortcuts.tip("Do not run this task; mark it skipped", Shortcuts.SKIP));
        skip.setOnAction(e -> actions.approve(ApprovalDecision.SKIP));
        HBox row = new HBox(6, approve, skip);
        VBox card = new VBox(6, title, row);
        card.getStyleClass().addAll("action-card", "approval-card");
        card.visibleProperty().bind(actions.canApproveProperty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private FlowPane buttons(Runnable openTerminal, Predicate<String> confirm) {
        Button terminal = button("Terminal", MaterialDesignC.CONSOLE, "task-terminal",
                Shortcuts.tip("Open this task's terminal", Shortcuts.OPEN_TERMINAL));
        terminal.disableProperty().bind(actions.canOpenTerminalProperty().not());
        terminal.setOnAction(e -> openTerminal.run());
        Button kill = button("Kill", MaterialDesignS.STOP_CIRCLE_OUTLINE, "task-kill",
                Shortcuts.tip("Kill this task's session (its attempt fails and may be retried)", Shortcuts.KILL));
        kill.disableProperty().bind(actions.canKillProperty().not());
        kill.setOnAction(e -> ifConfirmed(confirm, "Kill the session of this task?", actions::killSession));
        Button retry = button("Retry from here", MaterialDesignR.REPLAY, "task-retry",
                Shortcuts.tip("Run this task and every task after it again", Shortcuts.RETRY));
        retry.disableProperty().bind(actions.canRetryProperty().not());
        retry.setOnAction(e -> actions.retryFromHere());
        FlowPane row = new FlowPane(6, 6, terminal, kill, retry);
        row.getStyleClass().add("task-buttons");
        return row;
    }

    private static void ifConfirmed(Predicate<String> confirm, String question, Runnable action) {
        if (confirm.test(question)) {
            action.run();
        }
    }

    private static Button button(String text, Ikon icon, String id, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
