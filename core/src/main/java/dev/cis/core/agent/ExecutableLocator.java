package dev.cis.core.agent;

import dev.cis.core.files.ExecutableSearch;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the program of a profile the way a shell would: a path as given, a bare name on the task's PATH. */
final class ExecutableLocator {

    private ExecutableLocator() {
    }

    /**
     * @param executable a bare name ({@code claude}) or a path (absolute, or relative to {@code workDir})
     * @param env        the environment the program will get; its PATH (and PATHEXT on Windows) are used
     */
    static Path locate(String profile, String executable, Map<String, String> env, Path workDir)
            throws ExecutableNotFoundException {
        if (executable.contains("/") || executable.contains(File.separator)) {
            Path p = workDir.resolve(executable);
            if (ExecutableSearch.runnable(p)) {
                return p.toAbsolutePath().normalize();
            }
            throw new ExecutableNotFoundException(profile, executable, List.of());
        }
        List<String> searched = new ArrayList<>();
        return ExecutableSearch.onPath(executable, env, searched)
                .orElseThrow(() -> new ExecutableNotFoundException(profile, executable, searched));
    }
}
