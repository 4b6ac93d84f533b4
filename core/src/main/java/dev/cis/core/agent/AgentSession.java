package dev.cis.core.agent;

import dev.cis.core.session.AsciicastReader;
import dev.cis.core.session.Session;
import dev.cis.core.session.TerminalText;
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
        if (Files.isRegularFile(outputFile)) {
            return Files.readString(outputFile, StandardCharsets.UTF_8).stripTrailing();
        }
        Path recording = session.recordingPath();
        String printed = recording != null
                ? TerminalText.toPlainText(AsciicastReader.output(recording))
                : TerminalText.toPlainText(session.recentOutput());
        return OutputExtractor.extract(profile.output(), printed).stripTrailing();
    }
}
