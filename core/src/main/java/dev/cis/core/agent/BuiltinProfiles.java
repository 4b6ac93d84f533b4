package dev.cis.core.agent;

import dev.cis.core.demo.FakeAgent;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;

/**
 * The profiles cis knows without configuration. Command lines follow each tool's documented
 * non-interactive mode; docs/agents.md lists them with the assumptions made.
 */
public final class BuiltinProfiles {

    /** {@code (y/n)}, {@code [Y/n]}, {@code (yes/no)} at the end of a line. */
    static final String YES_NO = "(?i)[\\[(]\\s*y(es)?\\s*/\\s*n(o)?\\s*[\\])]\\s*[?:]?\\s*$";
    /** Trust dialogs shown when an agent first opens a folder (Claude Code, Codex, Gemini CLI wordings). */
    static final String TRUST = "(?i)(do you trust (the files|the contents|this folder)"
            + "|is this a project you created or one you trust)";
    static final String ESCAPE = "\u001b";

    private BuiltinProfiles() {
    }

    /** Every built-in profile: shell, claude, codex, aider, opencode, gemini, kimi, fake-agent. */
    public static List<AgentProfile> all() {
        return List.of(shell(), claude(), codex(), aider(), opencode(), gemini(), kimi(), fakeAgent());
    }

    static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** The prompt is a command for {@code /bin/sh -c} ({@code cmd.exe /c} on Windows). */
    public static AgentProfile shell() {
        AgentProfile.Builder b = windows()
                ? AgentProfile.builder("shell", "cmd.exe").args("/c")
                : AgentProfile.builder("shell", "/bin/sh").args("-c");
        return b.description("a shell command")
                .blocked("yes_no", YES_NO)
                .blocked("password", "(?i)password[^\\n]{0,40}:\\s*$")
                .build();
    }

    /** Claude Code in print mode, prompt on stdin, streaming JSON; the result is the final {@code result} field. */
    public static AgentProfile claude() {
        return AgentProfile.builder("claude", "claude")
                .description("Claude Code (claude -p), edits accepted, result from its JSON")
                .args("-p", "--output-format", "stream-json", "--verbose", "--permission-mode", "acceptEdits")
                .promptDelivery(PromptDelivery.STDIN)
                .blocked("permission", "(?i)do you want to (proceed|make this edit|create|allow|run)")
                .blocked("trust", TRUST)
                .blocked("yes_no", YES_NO)
                .output(OutputExtraction.jsonField("result"))
                .answers(new QuickAnswers("\r", ESCAPE))
                .build();
    }

    /** Codex {@code exec} in a workspace-write sandbox, prompt on stdin, last message written to the output file. */
    public static AgentProfile codex() {
        return AgentProfile.builder("codex", "codex")
                .description("OpenAI Codex CLI (codex exec), workspace-write sandbox")
                .args("exec", "--sandbox", "workspace-write", "--skip-git-repo-check",
                        "--output-last-message", AgentProfile.OUTPUT_FILE, "-")
                .promptDelivery(PromptDelivery.STDIN)
                .blocked("permission", "(?i)(would you like to (run|make|apply)|allow command\\?)")
                .blocked("trust", TRUST)
                .blocked("yes_no", YES_NO)
                .answers(new QuickAnswers("y", ESCAPE))
                .build();
    }

    /** Aider with one message from a file; it still asks its (Y)es/(N)o questions in the terminal. */
    public static AgentProfile aider() {
        return AgentProfile.builder("aider", "aider")
                .description("Aider (aider --message-file), asks before adding files or running commands")
                .args("--message-file", AgentProfile.PROMPT_FILE)
                .blocked("confirm", "\\(Y\\)es/\\(N\\)o[^\\n]*\\[(Yes|No)\\]:\\s*$")
                .blocked("yes_no", YES_NO)
                .build();
    }

    /** opencode {@code run} with the prompt as its message. */
    public static AgentProfile opencode() {
        return AgentProfile.builder("opencode", "opencode")
                .description("opencode (opencode run)")
                .args("run", AgentProfile.PROMPT)
                .blocked("permission", "(?i)(permission required|allow (once|always))")
                .blocked("yes_no", YES_NO)
                .build();
    }

    /** Gemini CLI headless ({@code -p}), file edits approved automatically. */
    public static AgentProfile gemini() {
        return AgentProfile.builder("gemini", "gemini")
                .description("Gemini CLI (gemini -p), edits auto-approved")
                .args("--approval-mode", "auto_edit", "-p", AgentProfile.PROMPT)
                .blocked("permission", "(?i)(allow execution|apply this change\\?|do you want to proceed)")
                .blocked("trust", TRUST)
                .blocked("yes_no", YES_NO)
                .answers(new QuickAnswers("\r", ESCAPE))
                .build();
    }

    /** Kimi CLI with the prompt given by {@code -p}; it exits when the query is done. */
    public static AgentProfile kimi() {
        return AgentProfile.builder("kimi", "kimi")
                .description("Kimi CLI (kimi -p)")
                .args("-p", AgentProfile.PROMPT)
                .blocked("approval", "(?i)(approve once|approve for this session|allow this (action|command))")
                .blocked("yes_no", YES_NO)
                .answers(new QuickAnswers("\r", ESCAPE))
                .build();
    }

    /** The scripted agent shipped with cis, run on the JVM that runs cis. */
    public static AgentProfile fakeAgent() {
        String java = Path.of(System.getProperty("java.home"), "bin", windows() ? "java.exe" : "java").toString();
        return AgentProfile.builder("fake-agent", java)
                .description("scripted agent for tests and demos (see docs/agents.md for its directives)")
                .args("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", fakeAgentClassPath(),
                        FakeAgent.class.getName())
                .blocked("yes_no", "\\(y/n\\)\\s*$")
                .output(OutputExtraction.afterMarker("^Result:[ \\t]*$"))
                .autoAnswerRule("yes_no", "\\(y/n\\)\\s*$", "y\r")
                .build();
    }

    /** Where {@link FakeAgent} is loaded from (it needs nothing else), or the JVM's class path. */
    static String fakeAgentClassPath() {
        CodeSource source = FakeAgent.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                return Path.of(source.getLocation().toURI()).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall back to the class path of this JVM
            }
        }
        return System.getProperty("java.class.path", "." + File.pathSeparator);
    }
}
