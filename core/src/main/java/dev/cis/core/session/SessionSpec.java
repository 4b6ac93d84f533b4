package dev.cis.core.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything needed to start a {@link Session}.
 *
 * @param id                 session id (e.g. {@code <run>:<task>:<attempt>})
 * @param command            program and arguments, the program already resolved
 * @param env                the complete environment of the program (nothing is inherited on top)
 * @param workDir            working folder
 * @param cols               initial terminal width
 * @param rows               initial terminal height
 * @param recordingPath      asciicast v2 file to append to, or {@code null} for no recording
 * @param ringBytes          capacity of the in-memory ring of recent output
 * @param listenerQueueBytes how much output may wait for one listener before its data is dropped
 * @param killGrace          time between SIGTERM and SIGKILL in {@link Session#kill()}
 * @param recordInput        whether the recording keeps the input sent to the program; input sent while the
 *                           terminal does not echo (a password prompt) is never kept, only {@code [input hidden]}
 */
public record SessionSpec(
        String id,
        List<String> command,
        Map<String, String> env,
        Path workDir,
        int cols,
        int rows,
        Path recordingPath,
        int ringBytes,
        int listenerQueueBytes,
        Duration killGrace,
        boolean recordInput) {

    public static final int DEFAULT_COLS = 120;
    public static final int DEFAULT_ROWS = 40;
    public static final int DEFAULT_RING_BYTES = 256 * 1024;
    public static final int DEFAULT_LISTENER_QUEUE_BYTES = 8 * 1024 * 1024;
    public static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(5);

    public SessionSpec {
        Objects.requireNonNull(id, "id");
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command is empty");
        }
        env = Map.copyOf(env);
        Objects.requireNonNull(workDir, "workDir");
        if (cols <= 0 || rows <= 0) {
            throw new IllegalArgumentException("terminal size must be positive: " + cols + "x" + rows);
        }
        if (ringBytes <= 0 || listenerQueueBytes <= 0) {
            throw new IllegalArgumentException("buffer sizes must be positive");
        }
        Objects.requireNonNull(killGrace, "killGrace");
    }

    /**
     * A builder with the defaults: a random id, this process's environment plus
     * {@code TERM=xterm-256color}, the current folder, 120x40, no recording.
     */
    public static Builder builder(List<String> command) {
        return new Builder(command);
    }

    /** Builds a {@link SessionSpec}; every setter returns the builder. */
    public static final class Builder {
        private final List<String> command;
        private String id = UUID.randomUUID().toString();
        private Map<String, String> env;
        private Path workDir = Path.of("").toAbsolutePath();
        private int cols = DEFAULT_COLS;
        private int rows = DEFAULT_ROWS;
        private Path recordingPath;
        private int ringBytes = DEFAULT_RING_BYTES;
        private int listenerQueueBytes = DEFAULT_LISTENER_QUEUE_BYTES;
        private Duration killGrace = DEFAULT_KILL_GRACE;
        private boolean recordInput = true;

        private Builder(List<String> command) {
            this.command = List.copyOf(command);
            Map<String, String> inherited = new LinkedHashMap<>(System.getenv());
            inherited.put("TERM", "xterm-256color");
            this.env = inherited;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Replaces the whole environment. */
        public Builder env(Map<String, String> value) {
            this.env = new LinkedHashMap<>(value);
            return this;
        }

        /** Sets one variable on top of the current environment. */
        public Builder putEnv(String name, String value) {
            this.env.put(name, value);
            return this;
        }

        public Builder workDir(Path value) {
            this.workDir = value;
            return this;
        }

        public Builder size(int columns, int rowCount) {
            this.cols = columns;
            this.rows = rowCount;
            return this;
        }

        public Builder recordingPath(Path value) {
            this.recordingPath = value;
            return this;
        }

        public Builder ringBytes(int value) {
            this.ringBytes = value;
            return this;
        }

        public Builder listenerQueueBytes(int value) {
            this.listenerQueueBytes = value;
            return this;
        }

        public Builder killGrace(Duration value) {
            this.killGrace = value;
            return this;
        }

        /** Whether the recording keeps input (default yes; hidden input is never kept). */
        public Builder recordInput(boolean value) {
            this.recordInput = value;
            return this;
        }

        public SessionSpec build() {
            return new SessionSpec(id, command, env, workDir, cols, rows, recordingPath, ringBytes,
                    listenerQueueBytes, killGrace, recordInput);
        }
    }
}
