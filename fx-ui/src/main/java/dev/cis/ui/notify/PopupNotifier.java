package dev.cis.ui.notify;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows notices as ControlsFX notification pop-ups in the bottom right corner of the window. A blocked task's
 * notice stays until clicked or for a minute; the others for ten seconds. Clicking one runs its action.
 */
public final class PopupNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(PopupNotifier.class);

    private final Supplier<Window> owner;

    /** @param owner the window the pop-ups belong to (may be null or hidden: then nothing is shown) */
    public PopupNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void show(Notice n) {
        Window w = owner.get();
        if (w == null || !w.isShowing()) {
            LOG.info("{}: {}", n.title(), n.text());
            return;
        }
        FontIcon icon = new FontIcon(icon(n.kind()));
        icon.getStyleClass().add("notice-icon");
        Notifications.create()
                .title(n.title())
                .text(n.text())
                .graphic(icon)
                .owner(w)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(n.kind() == Notice.Kind.BLOCKED ? 60 : 10))
                .styleClass("cis-notice", "notice-" + n.kind().name().toLowerCase(Locale.ROOT))
                .onAction(e -> n.onClick().run())
                .show();
    }

    private static Ikon icon(Notice.Kind kind) {
        return switch (kind) {
            case BLOCKED -> MaterialDesignH.HAND_BACK_RIGHT;
            case APPROVAL -> MaterialDesignA.ACCOUNT_CLOCK;
            case COMPLETED -> MaterialDesignC.CHECK_CIRCLE;
            case FAILED -> MaterialDesignC.CLOSE_CIRCLE;
        };
    }
}
