package dev.cis.core.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one search of a bare program name on a PATH, as a shell does it: the folders of the PATH of the
 * environment the program will get (never this process's), in order; on Windows with the PATHEXT endings.
 */
public final class ExecutableSearch {

    private ExecutableSearch() {
    }

    /**
     * @param name     a program name without a folder, e.g. {@code claude}
     * @param env      the environment the program will get; its PATH (PATHEXT on Windows) is searched
     * @param searched gets every folder looked in, for messages
     */
    public static Optional<Path> onPath(String name, Map<String, String> env, List<String> searched) {
        for (String dir : variable(env, "PATH").split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            searched.add(dir);
            for (String candidate : candidates(name, env)) {
                try {
                    Path p = Path.of(dir, candidate);
                    if (runnable(p)) {
                        return Optional.of(p.toAbsolutePath().normalize());
                    }
                } catch (InvalidPathException e) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** True for a regular file this process may execute. */
    public static boolean runnable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }

    private static String variable(Map<String, String> env, String name) {
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return "";
    }

    private static List<String> candidates(String name, Map<String, String> env) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        if (!windows || name.contains(".")) {
            return List.of(name);
        }
        List<String> names = new ArrayList<>();
        String exts = variable(env, "PATHEXT");
        for (String ext : (exts.isEmpty() ? ".COM;.EXE;.BAT;.CMD" : exts).split(";")) {
            names.add(name + ext.toLowerCase(Locale.ROOT));
        }
        names.add(name);
        return names;
    }
}
