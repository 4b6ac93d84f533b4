package dev.cis.app.node;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to start a process that runs the node: a java executable with a class path and JVM options, or, in an
 * installed application image that has no java executable, the application's own launcher
 * ({@code cis node run}).
 *
 * @param executable the java executable, or the application launcher
 * @param classPath  the class path, passed in {@code CLASSPATH} (unused for a launcher)
 * @param jvmOptions options before the main class (unused for a launcher)
 * @param launcher   true when {@code executable} is the application launcher
 */
public record JavaCommand(Path executable, String classPath, List<String> jvmOptions, boolean launcher) {

    /** Extra JVM options for the node process, split at white space. */
    public static final String OPTIONS_ENV = "CIS_NODE_JAVA_OPTS";

    public JavaCommand {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** A java executable with a class path. */
    public JavaCommand(Path java, String classPath, List<String> jvmOptions) {
        this(java, classPath, jvmOptions, false);
    }

    /**
     * JVM options of the node unless {@code CIS_NODE_JAVA_OPTS} gives others: a heap that stays small and
     * gives memory back (a node with 100 busy sessions lives in a few hundred MB), small thread stacks
     * (a session has a few threads), and the quick compiler only: the node's work is moving bytes
     * between terminals, files and sockets, where the optimising compiler gains little and its
     * compilations cost seconds of CPU in a node that just started (docs/decisions/0074).
     */
    static final String DEFAULT_NODE_OPTIONS = "-XX:+UseSerialGC -Xms48m -Xmx1g -XX:MinHeapFreeRatio=25 "
            + "-XX:MaxHeapFreeRatio=60 -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TieredStopAtLevel=1";

    /** The JVM and class path of this process, with {@code CIS_NODE_JAVA_OPTS} of {@code env}. */
    public static JavaCommand ofThisJvm(Map<String, String> env) {
        Optional<Path> java = javaExecutable();
        String appLauncher = System.getProperty("jpackage.app-path");
        if (java.isEmpty() && appLauncher != null) {
            return new JavaCommand(Path.of(appLauncher), "", List.of(), true);
        }
        List<String> options = new ArrayList<>();
        for (String key : List.of("cis.launcher", "cis.install.dir")) {
            String v = System.getProperty(key);
            if (v != null) {
                options.add("-D" + key + "=" + v);
            }
        }
        String extra = env.getOrDefault(OPTIONS_ENV, "").strip();
        options.addAll(Arrays.asList((extra.isEmpty() ? DEFAULT_NODE_OPTIONS : extra).split("\\s+")));
        return new JavaCommand(java.orElse(Path.of("java")), System.getProperty("java.class.path"), options);
    }

    private static Optional<Path> javaExecutable() {
        Path home = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(home)) {
            return Optional.of(home);
        }
        return ProcessHandle.current().info().command().map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith("java") && Files.isExecutable(p));
    }

    /** A class path made of a classes folder and every jar in a folder (as the {@code cis} launcher builds it). */
    public static String classPathOf(Path classes, Path libDir) {
        return classes + File.pathSeparator + libDir.resolve("*");
    }

    /** The command line that runs the node with {@code args}. */
    List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable.toString());
        if (launcher) {
            cmd.addAll(List.of("node", "run"));
        } else {
            cmd.addAll(jvmOptions);
            cmd.add(NodeMain.class.getName());
        }
        cmd.addAll(args);
        return cmd;
    }
}
