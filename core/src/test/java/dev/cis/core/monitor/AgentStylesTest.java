package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.agent.AgentProfile;
import dev.cis.core.agent.BuiltinProfiles;
import dev.cis.core.event.SessionBlocked;
import dev.cis.core.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions drawn the way the agents draw them (frames, menus, redraws with cursor movement), recognised with the
 * built-in profiles' patterns. Each script then reads the terminal like the agent would.
 */
class AgentStylesTest {

    /** Ink-style: a status line is erased and replaced by a framed dialog, the cursor hidden. */
    private static final String CLAUDE_PERMISSION = """
            printf '\\342\\234\\273 Thinking\\342\\200\\246 (esc to interrupt)\\r\\n'
            sleep 0.3
            printf '\\033[1A\\033[2K\\r\\033[?25l'
            printf '╭──────────────────────────────────────────────────────────╮\\r\\n'
            printf '│ Bash command                                             │\\r\\n'
            printf '│                                                          │\\r\\n'
            printf '│   rm -rf build                                           │\\r\\n'
            printf '│   Remove the build folder                                │\\r\\n'
            printf '│                                                          │\\r\\n'
            printf '│ Do you want to proceed?                                  │\\r\\n'
            printf '│ ❯ 1. Yes                                                 │\\r\\n'
            printf '│   2. No, and tell Claude what to do differently (esc)    │\\r\\n'
            printf '╰──────────────────────────────────────────────────────────╯\\r\\n'
            read answer
            """;

    private static final String CLAUDE_TRUST = """
            printf '\\033[2J\\033[H'
            printf ' Do you trust the files in this folder?\\r\\n\\r\\n'
            printf ' %s\\r\\n\\r\\n' "$PWD"
            printf ' Claude Code may read files in this folder. Reading untrusted files may lead\\r\\n'
            printf ' Claude Code to behave in unexpected ways.\\r\\n\\r\\n'
            printf ' \\033[36m❯ 1. Yes, proceed\\033[0m\\r\\n'
            printf '   2. No, exit\\r\\n'
            read answer
            """;

    private static final String CLAUDE_TRUST_NEW = """
            printf ' Accessing workspace:\\r\\n\\r\\n %s\\r\\n\\r\\n' "$PWD"
            printf ' Quick safety check: Is this a project you created or one you trust? (Like your own code,\\r\\n'
            printf ' a well-known open source project, or work from your team).\\r\\n\\r\\n'
            printf ' ❯ 1. Yes, I trust this folder\\r\\n'
            printf '   2. No, exit\\r\\n\\r\\n Enter to confirm · Esc to cancel\\r\\n'
            read answer
            """;

    private static final String CODEX_ALLOW = """
            printf '\\033[1m$ cargo test --workspace\\033[0m\\r\\n'
            printf 'Allow command? [y/N] '
            read answer
            """;

    private static final String CODEX_MENU = """
            printf 'Would you like to run the following command?\\r\\n\\r\\n'
            printf '  $ git push origin main\\r\\n\\r\\n'
            printf '\\342\\200\\272 1. Yes, proceed (y)\\r\\n'
            printf '  2. Yes, and don'"'"'t ask again for this command (a)\\r\\n'
            printf '  3. No, and tell Codex what to do differently (esc)\\r\\n'
            read answer
            """;

    private static final String CODEX_TRUST = """
            printf '> You are running Codex in %s\\r\\n\\r\\n' "$PWD"
            printf '  Since this folder is version controlled, you may wish to allow Codex to work in this folder\\r\\n'
            printf '  without asking for approval.\\r\\n\\r\\n'
            printf '  Do you trust the contents of this directory?\\r\\n'
            printf '\\342\\200\\272 1. Yes, allow Codex to work in this folder without asking for approval\\r\\n'
            printf '  2. No, ask me to approve edits and commands\\r\\n'
            read answer
            """;

    private static final String AIDER_CONFIRM = """
            printf 'src/app.py\\r\\n'
            printf 'Add file to the chat? (Y)es/(N)o/(A)ll/(S)kip all/(D)on'"'"'t ask again [Yes]: '
            read answer
            """;

    @TempDir
    Path dir;

    private MonitorHarness h;

    @BeforeEach
    void setUp() {
        h = new MonitorHarness(dir, MonitorHarness.quick().withSilence(Duration.ZERO));
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    private SessionBlocked ask(String script, AgentProfile profile) throws Exception {
        Path file = Files.writeString(dir.resolve(profile.name() + "-" + script.hashCode() + ".sh"), script);
        Session s = h.start(List.of("/bin/sh", file.toString()), profile);
        return h.awaitBlocked(s);
    }

    @Test
    void claudePermissionMenuInAFrame() throws Exception {
        SessionBlocked b = ask(CLAUDE_PERMISSION, BuiltinProfiles.claude());
        assertThat(b.signal()).isEqualTo("pattern:permission");
        assertThat(b.reason()).isEqualTo("asks: Do you want to proceed?");
        assertThat(b.choices()).containsExactly("1. Yes", "2. No, and tell Claude what to do differently (esc)");
        assertThat(b.screenLines()).first().asString().contains("Do you want to proceed?");
    }

    @Test
    void claudeTrustDialog() throws Exception {
        SessionBlocked b = ask(CLAUDE_TRUST, BuiltinProfiles.claude());
        assertThat(b.signal()).isEqualTo("pattern:trust");
        assertThat(b.reason()).isEqualTo("asks: Do you trust the files in this folder?");
        assertThat(b.choices()).containsExactly("1. Yes, proceed", "2. No, exit");
    }

    @Test
    void claudeWorkspaceTrustDialog() throws Exception {
        SessionBlocked b = ask(CLAUDE_TRUST_NEW, BuiltinProfiles.claude());
        assertThat(b.signal()).isEqualTo("pattern:trust");
        assertThat(b.reason()).startsWith("asks: Quick safety check: Is this a project you created or one you trust?");
        assertThat(b.choices()).containsExactly("1. Yes, I trust this folder", "2. No, exit");
    }

    @Test
    void codexAllowCommandYesNo() throws Exception {
        SessionBlocked b = ask(CODEX_ALLOW, BuiltinProfiles.codex());
        assertThat(b.signal()).isEqualTo("pattern:permission");
        assertThat(b.reason()).isEqualTo("asks: Allow command? [y/N]");
        assertThat(b.choices()).containsExactly("y", "n");
    }

    @Test
    void codexApprovalMenu() throws Exception {
        SessionBlocked b = ask(CODEX_MENU, BuiltinProfiles.codex());
        assertThat(b.signal()).isEqualTo("pattern:permission");
        assertThat(b.reason()).isEqualTo("asks: Would you like to run the following command?");
        assertThat(b.choices()).containsExactly("1. Yes, proceed (y)",
                "2. Yes, and don't ask again for this command (a)",
                "3. No, and tell Codex what to do differently (esc)");
    }

    @Test
    void codexTrustDialog() throws Exception {
        SessionBlocked b = ask(CODEX_TRUST, BuiltinProfiles.codex());
        assertThat(b.signal()).isEqualTo("pattern:trust");
        assertThat(b.reason()).isEqualTo("asks: Do you trust the contents of this directory?");
        assertThat(b.choices()).hasSize(2);
    }

    @Test
    void aiderConfirmationWithLetterChoices() throws Exception {
        SessionBlocked b = ask(AIDER_CONFIRM, BuiltinProfiles.aider());
        assertThat(b.signal()).isEqualTo("pattern:confirm");
        assertThat(b.reason())
                .isEqualTo("asks: Add file to the chat? (Y)es/(N)o/(A)ll/(S)kip all/(D)on't ask again [Yes]:");
        assertThat(b.choices()).containsExactly("yes", "no", "all", "skip all", "don't ask again");
    }
}
