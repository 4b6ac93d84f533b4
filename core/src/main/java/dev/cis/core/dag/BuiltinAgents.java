package dev.cis.core.dag;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Names of the agent profiles cis ships; the config file may add more. */
public final class BuiltinAgents {

    /** The built-in profile names, in the order they are documented. */
    public static final Set<String> NAMES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "shell", "claude", "codex", "aider", "opencode", "gemini", "kimi", "fake-agent")));

    /** The agent that runs its prompt as a shell command. */
    public static final String SHELL = "shell";

    private BuiltinAgents() {
    }
}
