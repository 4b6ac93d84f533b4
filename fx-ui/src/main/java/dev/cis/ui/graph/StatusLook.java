package dev.cis.ui.graph;

import dev.cis.core.model.TaskStatus;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The icon and words that stand for a task status everywhere in the app. */
public final class StatusLook {

    private StatusLook() {
    }

    public static Ikon icon(TaskStatus status) {
        return switch (status) {
            case PENDING -> MaterialDesignC.CLOCK_OUTLINE;
            case WAITING_APPROVAL -> MaterialDesignA.ACCOUNT_CLOCK;
            case READY -> MaterialDesignP.PLAY_CIRCLE_OUTLINE;
            case RUNNING -> MaterialDesignP.PROGRESS_CLOCK;
            case BLOCKED -> MaterialDesignH.HAND_BACK_RIGHT;
            case RETRYING -> MaterialDesignR.RESTART;
            case COMPLETED -> MaterialDesignC.CHECK_CIRCLE;
            case FAILED -> MaterialDesignC.CLOSE_CIRCLE;
            case SKIPPED -> MaterialDesignS.SKIP_NEXT_CIRCLE;
            case CANCELLED -> MaterialDesignC.CANCEL;
        };
    }

    /** A short label: {@code Running}, {@code Waiting for approval}, {@code Blocked: needs you}. */
    public static String label(TaskStatus status) {
        return switch (status) {
            case PENDING -> "Pending";
            case WAITING_APPROVAL -> "Waiting for approval";
            case READY -> "Ready";
            case RUNNING -> "Running";
            case BLOCKED -> "Blocked: needs you";
            case RETRYING -> "Retrying";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
            case SKIPPED -> "Skipped";
            case CANCELLED -> "Cancelled";
        };
    }

    /** The CSS style class for status-coloured controls, e.g. {@code status-blocked}. */
    public static String styleClass(TaskStatus status) {
        return "status-" + status.wireName().replace('_', '-');
    }
}
