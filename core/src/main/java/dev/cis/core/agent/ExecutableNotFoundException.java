package dev.cis.core.agent;

import java.util.List;

/** The program of an agent profile is not on PATH (or not at the path given). */
public class ExecutableNotFoundException extends AgentLaunchException {

    private static final long serialVersionUID = 1L;
    private final String profile;
    private final String executable;
    private final List<String> searched;

    public ExecutableNotFoundException(String profile, String executable, List<String> searched) {
        super(message(profile, executable, searched));
        this.profile = profile;
        this.executable = executable;
        this.searched = List.copyOf(searched);
    }

    private static String message(String profile, String executable, List<String> searched) {
        if (searched.isEmpty()) {
            return "agent \"" + profile + "\": executable \"" + executable + "\" does not exist or is not executable. "
                    + "Fix agents." + profile + ".executable in config.toml.";
        }
        return "agent \"" + profile + "\": executable \"" + executable + "\" was not found on PATH (searched: "
                + String.join(", ", searched) + "). Install it, add its folder to PATH, or set agents." + profile
                + ".executable in config.toml to its full path.";
    }

    public String profile() {
        return profile;
    }

    public String executable() {
        return executable;
    }

    /** The PATH folders searched, in order (empty when the executable was given as a path). */
    public List<String> searched() {
        return searched;
    }
}
