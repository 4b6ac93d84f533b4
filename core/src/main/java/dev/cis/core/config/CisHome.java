package dev.cis.core.config;

import dev.cis.core.files.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder where cis keeps its state: {@code $CIS_HOME}, else {@code ~/.cis}.
 *
 * <pre>
 * cis.db                                 runs, tasks, attempts, events (SQLite, WAL)
 * config.toml                            user configuration
 * run/                                   control socket and pid file of the node
 * recordings/&lt;run&gt;/&lt;task&gt;-&lt;attempt&gt;.cast  terminal recordings (asciicast v2)
 * work/&lt;run&gt;/&lt;task&gt;/                     per-attempt files: context file, upstream outputs
 * logs/                                  log files
 * </pre>
 *
 * Folders are created owner-only ({@code rwx------}) and files owner-only ({@code rw-------}) where the file
 * system supports POSIX permissions ({@link PrivateFiles}), also inside a home that existed with a looser
 * mode; a home that others may read is left as it is, with one warning per process.
 */
public final class CisHome {

    public static final String ENV_VAR = "CIS_HOME";

    private static final Logger LOG = LoggerFactory.getLogger(CisHome.class);
    private static final Pattern RUN_ID = Pattern.compile("[a-z0-9]{1,64}");
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Set<Path> WARNED = ConcurrentHashMap.newKeySet();

    private final Path root;

    private CisHome(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The home of this process: {@code CIS_HOME} from the environment, else {@code ~/.cis}. */
    public static CisHome resolve() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    /** The home named by {@code env} ({@code CIS_HOME}), else {@code <userHome>/.cis}. */
    public static CisHome resolve(Map<String, String> env, String userHome) {
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new CisHome(Path.of(fromEnv.strip()));
        }
        Objects.requireNonNull(userHome, "userHome");
        return new CisHome(Path.of(userHome, ".cis"));
    }

    /** A home at an explicit folder (tests, {@code --home} options). */
    public static CisHome at(Path root) {
        return new CisHome(root);
    }

    /**
     * Creates the home and its fixed folders when missing, owner-only where the OS allows. Fixed folders that
     * exist lose the permissions of group and others; the home itself is the user's choice and is left as it
     * is, but a home others may read is warned about once per process.
     *
     * @return this
     * @throws IOException when a folder cannot be created (the message names it)
     */
    public CisHome ensureCreated() throws IOException {
        createPrivateDirectory(root);
        for (Path dir : new Path[] {runDir(), recordingsDir(), workDir(), logsDir()}) {
            createPrivateDirectory(dir);
            PrivateFiles.restrict(dir);
        }
        PrivateFiles.restrict(configFile());
        exposureWarning().ifPresent(w -> {
            if (WARNED.add(root)) {
                LOG.warn(w);
            }
        });
        return this;
    }

    /** A warning when others may read the home (its runs, prompts and recordings), with the fix. */
    public Optional<String> exposureWarning() throws IOException {
        if (!Files.isDirectory(root) || !PrivateFiles.readableByOthers(root)) {
            return Optional.empty();
        }
        return Optional.of("cis home " + root + " can be read by other users (mode "
                + PosixFilePermissions.toString(Files.getPosixFilePermissions(root)) + "); cis keeps its files "
                + "owner-only, but run 'chmod 700 " + root + "' so that no one else can list them");
    }

    public Path root() {
        return root;
    }

    /** The SQLite database with every run: {@code cis.db}. */
    public Path database() {
        return root.resolve("cis.db");
    }

    /** The user configuration: {@code config.toml}. */
    public Path configFile() {
        return root.resolve("config.toml");
    }

    /** Sockets and pid files: {@code run/}. */
    public Path runDir() {
        return root.resolve("run");
    }

    /** The node's control socket: {@code run/node.sock}. */
    public Path nodeSocket() {
        return runDir().resolve("node.sock");
    }

    /** The running node's pid: {@code run/node.pid}. */
    public Path nodePidFile() {
        return runDir().resolve("node.pid");
    }

    /** Terminal recordings of every run: {@code recordings/}. */
    public Path recordingsDir() {
        return root.resolve("recordings");
    }

    /** The recording of one attempt: {@code recordings/<run>/<task>-<attempt>.cast}. */
    public Path recording(String runId, String taskId, int attempt) {
        checkAttempt(attempt);
        return recordingsDir().resolve(checkRunId(runId)).resolve(checkTaskId(taskId) + "-" + attempt + ".cast");
    }

    /** Per-attempt files of every run: {@code work/}. */
    public Path workDir() {
        return root.resolve("work");
    }

    /** Per-attempt files of one task (context file, upstream dir): {@code work/<run>/<task>/}. */
    public Path taskWorkDir(String runId, String taskId) {
        return workDir().resolve(checkRunId(runId)).resolve(checkTaskId(taskId));
    }

    /**
     * The folders that belong to one run and go with it when it is deleted: {@code recordings/<run>/} and
     * {@code work/<run>/}. A new per-run folder is added here.
     */
    public List<Path> runFolders(String runId) {
        String id = checkRunId(runId);
        return List.of(recordingsDir().resolve(id), workDir().resolve(id));
    }

    /** Log files: {@code logs/}. */
    public Path logsDir() {
        return root.resolve("logs");
    }

    /** Creates {@code dir} and its missing parents, owner-only where the OS allows. */
    public static Path createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        try {
            PrivateFiles.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create folder " + dir + " (set " + ENV_VAR
                    + " to a writable folder): " + e.getMessage(), e);
        }
        LOG.debug("created {}", dir);
        return dir;
    }

    private static String checkRunId(String runId) {
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("not a run id: " + runId);
        }
        return runId;
    }

    private static String checkTaskId(String taskId) {
        if (taskId == null || !TASK_ID.matcher(taskId).matches()) {
            throw new IllegalArgumentException("not a task id: " + taskId);
        }
        return taskId;
    }

    private static void checkAttempt(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CisHome h && h.root.equals(root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
