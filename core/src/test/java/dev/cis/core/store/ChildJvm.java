package dev.cis.core.store;

import dev.cis.core.concurrent.NamedThreads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JVM started with the test class path; its stdout lines are collected on a named thread. */
final class ChildJvm implements AutoCloseable {

    private static final String EOF = "\u0000eof";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = NamedThreads.start("test-child-stdout", this::pump);
    }

    static ChildJvm start(Path stderr, Class<?> main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile());
        return new ChildJvm(pb.start());
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lines.add(EOF);
        }
    }

    /** The next line, or null when the child's stdout ended or nothing came within {@code timeout}. */
    String nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || line.equals(EOF)) {
            if (line != null) {
                lines.add(EOF);
            }
            return null;
        }
        return line;
    }

    /** Every line printed until the child's stdout ended. */
    List<String> remainingLines(Duration timeout) throws InterruptedException {
        reader.join(timeout.toMillis());
        List<String> out = new ArrayList<>();
        lines.drainTo(out);
        out.remove(EOF);
        return out;
    }

    /** Kills the child with SIGKILL and waits for it to be gone. */
    int kill(Duration timeout) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("child " + process.pid() + " did not die");
        }
        return process.exitValue();
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("child " + process.pid() + " did not end in " + timeout);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
