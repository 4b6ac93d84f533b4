package dev.cis.core.agent;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds the program of a profile the way a shell would: a path as given, a bare name on PATH. */
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
            if (runnable(p)) {
                return p.toAbsolutePath().normalize();
            }
            throw new ExecutableNotFoundException(profile, executable, List.of());
        }
        List<String> searched = new ArrayList<>();
        for (String dir : pathOf(env).split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            searched.add(dir);
            for (String name : candidates(executable, env)) {
                try {
                    Path p = Path.of(dir, name);
                    if (runnable(p)) {
                        return p.toAbsolutePath().normalize();
                    }
                } catch (InvalidPathException e) {
                    break;
                }
            }
        }
        throw new ExecutableNotFoundException(profile, executable, searched);
    }

    private static String pathOf(Map<String, String> env) {
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getKey().equalsIgnoreCase("PATH")) {
                return e.getValue();
            }
        }
        return "";
    }

    private static List<String> candidates(String executable, Map<String, String> env) {
        if (!BuiltinProfiles.windows() || executable.contains(".")) {
            return List.of(executable);
        }
        List<String> names = new ArrayList<>();
        String exts = env.getOrDefault("PATHEXT", ".COM;.EXE;.BAT;.CMD");
        for (String ext : exts.split(";")) {
            names.add(executable + ext.toLowerCase(Locale.ROOT));
        }
        names.add(executable);
        return names;
    }

    private static boolean runnable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }
}
