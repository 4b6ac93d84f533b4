package dev.cis.ui.action;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The keyboard shortcuts of the actions, shared by the tool bar tooltips, the menus and the window. */
public final class Shortcuts {

    public static final KeyCombination RUN_DAG = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination OPEN_TERMINAL =
            new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CLOSE_TERMINAL =
            new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination APPROVE = shiftShortcut(KeyCode.A);
    public static final KeyCombination SKIP = shiftShortcut(KeyCode.S);
    public static final KeyCombination ANSWER_YES = shiftShortcut(KeyCode.Y);
    public static final KeyCombination ANSWER_NO = shiftShortcut(KeyCode.N);
    public static final KeyCombination ANSWER_ENTER = shiftShortcut(KeyCode.ENTER);
    public static final KeyCombination KILL = shiftShortcut(KeyCode.K);
    public static final KeyCombination RETRY = shiftShortcut(KeyCode.R);
    public static final KeyCombination CANCEL_RUN = shiftShortcut(KeyCode.X);

    private Shortcuts() {
    }

    private static KeyCombination shiftShortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    /** A tooltip text with its shortcut: {@code Approve the selected task (Ctrl+Shift+A)}. */
    public static String tip(String text, KeyCombination... keys) {
        StringBuilder sb = new StringBuilder(text).append(" (");
        for (int i = 0; i < keys.length; i++) {
            sb.append(i == 0 ? "" : " or ").append(keys[i].getDisplayText());
        }
        return sb.append(')').toString();
    }
}
