package dev.cis.core.text;

/** A failure reason shown next to the exit code, without saying the exit code twice. */
public final class ExitReason {

    private ExitReason() {
    }

    /**
     * The reason without what an exit column already says: {@code exited with code 7; retry 1 of 2} shown next
     * to exit code 7 becomes {@code retry 1 of 2}, {@code exited with code 7} becomes empty. Null is empty.
     */
    public static String besideExit(Integer exitCode, String reason) {
        if (reason == null) {
            return "";
        }
        String said = "exited with code " + exitCode;
        if (exitCode == null || !reason.startsWith(said)) {
            return reason;
        }
        String rest = reason.substring(said.length());
        return rest.startsWith("; ") ? rest.substring(2) : rest.strip();
    }
}
