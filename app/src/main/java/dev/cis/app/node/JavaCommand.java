package dev.cis.app.node;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How to start a JVM that runs the node: the java executable, the class path and JVM options.
 *
 * @param java       the java executable
 * @param classPath  the class path, passed in {@code CLASSPATH}
 * @param jvmOptions options before the main class
 */
public record JavaCommand(Path java, String classPath, List<String> jvmOptions) {

    /** Extra JVM options for the node process, split at white space. */
    public static final String OPTIONS_ENV = "CIS_NODE_JAVA_OPTS";

    public JavaCommand {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The JVM and class path of this process, with {@code CIS_NODE_JAVA_OPTS} of {@code env}. */
    public static JavaCommand ofThisJvm(Map<String, String> env) {
        Path java = ProcessHandle.current().info().command().map(Path::of).filter(Files::isExecutable)
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
        List<String> options = new ArrayList<>();
        for (String key : List.of("cis.launcher", "cis.install.dir")) {
            String v = System.getProperty(key);
            if (v != null) {
                options.add("-D" + key + "=" + v);
            }
        }
        String extra = env.getOrDefault(OPTIONS_ENV, "").strip();
        if (!extra.isEmpty()) {
            options.addAll(Arrays.asList(extra.split("\\s+")));
        }
        return new JavaCommand(java, System.getProperty("java.class.path"), options);
    }

    /** A class path made of a classes folder and every jar in a folder (as the {@code cis} launcher builds it). */
    public static String classPathOf(Path classes, Path libDir) {
        return classes + File.pathSeparator + libDir.resolve("*");
    }

    /** The command line that runs {@code mainClass} with {@code args}. */
    List<String> command(String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }
}
