package dev.cis.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code ./cis} launcher of this checkout as a separate process, for black-box CLI tests.
 * Immutable: every {@code with...} returns a new runner.
 *
 * <pre>{@code
 * CliRunner cis = CliRunner.create().withCisHome(tempDir);
 * CliRunner.Result r = cis.run("dag", "validate", "flow.toml");
 * assertThat(r.exitCode()).isEqualTo(0);
 * }</pre>
 *
 * Needs the system property {@code cis.repo.root} (set by surefire for the app module) and a built app
 * ({@code app/target/classes} and {@code app/target/lib}).
 */
public final class CliRunner {

    /** What a run printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** stdout split into lines, without the line ends. */
        public List<String> stdoutLines() {
            return stdout.isEmpty() ? List.of() : List.of(stdout.split("\\R"));
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }
    }

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Path repoRoot;
    private final Map<String, String> env;
    private final Path workDir;
    private final Duration timeout;
    private final String stdin;

    private CliRunner(Path repoRoot, Map<String, String> env, Path workDir, Duration timeout, String stdin) {
        this.repoRoot = repoRoot;
        this.env = Map.copyOf(env);
        this.workDir = workDir;
        this.timeout = timeout;
        this.stdin = stdin;
    }

    /** A runner for the checkout named by {@code cis.repo.root}, working in the repository root. */
    public static CliRunner create() {
        String root = System.getProperty("cis.repo.root");
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("system property cis.repo.root is not set; run the tests through Maven"
                    + " (mvn -pl app test), which sets it to the repository root");
        }
        Path repo = Path.of(root).toAbsolutePath().normalize();
        return new CliRunner(repo, Map.of(), repo, DEFAULT_TIMEOUT, null);
    }

    /** The repository root (where {@code ./cis} is). */
    public Path repoRoot() {
        return repoRoot;
    }

    /** Adds or replaces one environment variable of the child process. */
    public CliRunner withEnv(String name, String value) {
        Map<String, String> e = new HashMap<>(env);
        e.put(name, value);
        return new CliRunner(repoRoot, e, workDir, timeout, stdin);
    }

    /** Sets {@code CIS_HOME}, so that the run never touches the real {@code ~/.cis}. */
    public CliRunner withCisHome(Path home) {
        return withEnv("CIS_HOME", home.toString());
    }

    /** The working folder of the child process (default: the repository root). */
    public CliRunner inDir(Path dir) {
        return new CliRunner(repoRoot, env, dir, timeout, stdin);
    }

    public CliRunner withTimeout(Duration t) {
        return new CliRunner(repoRoot, env, workDir, t, stdin);
    }

    /** Text written to the child's stdin (then closed); by default stdin is empty. */
    public CliRunner withStdin(String text) {
        return new CliRunner(repoRoot, env, workDir, timeout, text);
    }

    /** Runs {@code ./cis args...} and waits for it; fails when it does not end within the timeout. */
    public Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(repoRoot.resolve("cis").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cis-cli-out", ".txt");
        Path err = Files.createTempFile("cis-cli-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("cis " + String.join(" ", args) + " did not finish within " + timeout
                        + "\n--- stdout ---\n" + Files.readString(out) + "--- stderr ---\n" + Files.readString(err));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
