package dev.cis.core.agent;

import dev.cis.core.session.SessionSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One agent session to start.
 *
 * @param sessionId     e.g. {@code <run>:<task>:<attempt>}
 * @param profile       the agent profile
 * @param prompt        the full prompt (context already appended); for {@code shell} the command
 * @param workDir       working folder
 * @param env           variables for this session (DAG, task and {@code CIS_*}); they win over the profile's
 * @param cols          terminal width
 * @param rows          terminal height
 * @param recordingPath asciicast v2 file, or {@code null} for none
 * @param killGrace     time between SIGTERM and SIGKILL when the session is killed
 */
public record LaunchRequest(
        String sessionId,
        AgentProfile profile,
        String prompt,
        Path workDir,
        Map<String, String> env,
        int cols,
        int rows,
        Path recordingPath,
        Duration killGrace) {

    public LaunchRequest {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(profile, "profile");
        prompt = prompt == null ? "" : prompt;
        Objects.requireNonNull(workDir, "workDir");
        env = Map.copyOf(env);
        killGrace = killGrace == null ? SessionSpec.DEFAULT_KILL_GRACE : killGrace;
    }

    public static Builder builder(AgentProfile profile, String prompt, Path workDir) {
        return new Builder(profile, prompt, workDir);
    }

    /** Builds a {@link LaunchRequest}: random id, no extra env, 120x40, no recording by default. */
    public static final class Builder {
        private final AgentProfile profile;
        private final String prompt;
        private final Path workDir;
        private String sessionId = UUID.randomUUID().toString();
        private final Map<String, String> env = new LinkedHashMap<>();
        private int cols = SessionSpec.DEFAULT_COLS;
        private int rows = SessionSpec.DEFAULT_ROWS;
        private Path recordingPath;
        private Duration killGrace = SessionSpec.DEFAULT_KILL_GRACE;

        private Builder(AgentProfile profile, String prompt, Path workDir) {
            this.profile = profile;
            this.prompt = prompt;
            this.workDir = workDir;
        }

        public Builder sessionId(String value) {
            sessionId = value;
            return this;
        }

        public Builder env(Map<String, String> value) {
            env.putAll(value);
            return this;
        }

        public Builder putEnv(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Builder size(int columns, int rowCount) {
            cols = columns;
            rows = rowCount;
            return this;
        }

        public Builder recordingPath(Path value) {
            recordingPath = value;
            return this;
        }

        public Builder killGrace(Duration value) {
            killGrace = value;
            return this;
        }

        public LaunchRequest build() {
            return new LaunchRequest(sessionId, profile, prompt, workDir, env, cols, rows, recordingPath, killGrace);
        }
    }
}
