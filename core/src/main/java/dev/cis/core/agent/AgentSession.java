package dev.cis.core.agent;

import dev.cis.core.files.PrivateFiles;
import dev.cis.core.session.AsciicastReader;
import dev.cis.core.session.Session;
import dev.cis.core.session.PlainTextBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A running agent: its terminal session plus what its profile says about prompts, answers and results. */
public final class AgentSession {

    private final Session session;
    private final AgentProfile profile;
    private final List<String> commandLine;
    private final Path outputFile;
    private final CompletableFuture<Void> promptDelivered;
    private final CompletableFuture<AgentExit> exit;

    AgentSession(Session session, AgentProfile profile, LaunchPlan plan, CompletableFuture<Void> promptDelivered,
            ScreenWatcher watcher) {
        this.session = session;
        this.profile = profile;
        this.commandLine = List.copyOf(plan.command());
        this.outputFile = plan.outputFile();
        this.promptDelivered = promptDelivered;
        CompletableFuture<AgentExit> ended = watcher != null ? watcher.done()
                : session.exitFuture().thenApply(code -> new AgentExit(code, false));
        this.exit = ended.thenApply(result -> {
            LaunchPlan.deleteAll(plan.tempFiles());
            return result;
        });
    }

    public Session session() {
        return session;
    }

    public AgentProfile profile() {
        return profile;
    }

    /** The command line actually started (the program resolved on PATH). */
    public List<String> commandLine() {
        return commandLine;
    }

    /** The session's {@code CIS_OUTPUT_FILE}: when the agent writes it, its content is the result. */
    public Path outputFile() {
        return outputFile;
    }

    /** Completes when the prompt was handed over (at once, unless it is typed after the ready pattern). */
    public CompletableFuture<Void> promptDelivered() {
        return promptDelivered;
    }

    /** Completes when the session has ended. */
    public CompletableFuture<AgentExit> exit() {
        return exit;
    }

    /** Sends the profile's quick "yes". */
    public void answerYes() {
        session.write(profile.answers().yes());
    }

    /** Sends the profile's quick "no". */
    public void answerNo() {
        session.write(profile.answers().no());
    }

    /**
     * The result of the session, once it has ended: the content of {@link #outputFile()} if the agent
     * wrote it, otherwise what the session printed (escapes removed) as the profile's output extraction
     * says. Read from the recording when there is one, else from the in-memory ring.
     */
    public String output() throws IOException {
        return output(Integer.MAX_VALUE);
    }

    /**
     * Like {@link #output()}, reading at most about the last {@code maxChars} characters of what was
     * printed, so that a huge session does not have to fit in memory.
     */
    public String output(int maxChars) throws IOException {
        if (Files.isRegularFile(outputFile)) {
            PrivateFiles.restrict(outputFile); // the agent wrote it with its own umask
            return Files.readString(outputFile, StandardCharsets.UTF_8).stripTrailing();
        }
        PlainTextBuilder printed = new PlainTextBuilder(maxChars);
        Path recording = session.recordingPath();
        byte[] recent = session.recentOutput();
        if (recent.length >= session.bytesOut()) {
            printed.append(recent);
        } else if (recording != null) {
            long tailBytes = Math.min(Integer.MAX_VALUE - 8, Math.max(1L << 20, (long) maxChars * 8));
            AsciicastReader.readTail(recording, tailBytes, e -> {
                if (e.code().equals("o")) {
                    printed.append(e.data());
                }
            });
        } else {
            printed.append(session.recentOutput());
        }
        String text = printed.text();
        if (text.length() > maxChars) {
            text = text.substring(text.length() - maxChars);
        }
        return OutputExtractor.extract(profile.output(), text).stripTrailing();
    }
}
