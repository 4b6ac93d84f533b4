package dev.cis.core.dag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a ready task may start: at once ({@link Type#MECHANICAL}) or after a person approves it.
 *
 * @param type          the kind of gate
 * @param timeoutSecs   for {@link Type#RECOMMENDED}: how long to wait for a person (0 = not set)
 * @param defaultAction for {@link Type#RECOMMENDED}: what happens when nobody answered in time
 * @param stakeholders  for {@link Type#ARBITRATED}: Matrix users whose majority approves
 */
public record Level(Type type, long timeoutSecs, DefaultAction defaultAction, List<String> stakeholders) {

    public static final Level MECHANICAL = new Level(Type.MECHANICAL, 0, DefaultAction.EXECUTE, List.of());

    public Level {
        stakeholders = List.copyOf(stakeholders);
    }

    /** True when a person must act (or a timeout pass) before the task starts. */
    public boolean needsApproval() {
        return type != Type.MECHANICAL;
    }

    public enum Type {
        MECHANICAL, CONFIRMED, RECOMMENDED, ARBITRATED;

        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Type> fromFileName(String s) {
            for (Type t : values()) {
                if (t.fileName().equals(s)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    public enum DefaultAction {
        EXECUTE, SKIP, ABORT;

        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<DefaultAction> fromFileName(String s) {
            for (DefaultAction a : values()) {
                if (a.fileName().equals(s)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }
}
