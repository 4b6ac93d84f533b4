package dev.cis.core.agent;

import java.util.List;

/** The {@code [agents.*]} tables of the config have problems; each names the profile and the key. */
public class AgentConfigException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public AgentConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One message per problem, e.g. {@code agents.claude.ready_pattern: invalid regular expression ...}. */
    public List<String> problems() {
        return problems;
    }
}
