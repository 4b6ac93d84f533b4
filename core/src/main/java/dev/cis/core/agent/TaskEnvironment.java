package dev.cis.core.agent;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rule for what a task inherits: the environment of the person who submitted the run, without the
 * variables that belong to cis or to the JVM that runs it (docs/decisions/0085). The DAG, the task and
 * the profile may still set any of them explicitly.
 */
public final class TaskEnvironment {

    /** Variables that configure a JVM: the node's own class path and options must not reach a task's tools. */
    static final Set<String> JVM_INTERNALS = Set.of("CLASSPATH", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS",
            "JDK_JAVA_OPTIONS");
    /** cis's own variables: a task gets only the {@code CIS_*} variables cis sets for it. */
    static final String CIS_PREFIX = "CIS_";

    private TaskEnvironment() {
    }

    /** True for a variable a task never inherits. */
    public static boolean internal(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith(CIS_PREFIX) || JVM_INTERNALS.contains(upper);
    }

    /** {@code env} without the internal variables, in its order. */
    public static Map<String, String> withoutInternals(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        env.forEach((name, value) -> {
            if (name != null && value != null && !internal(name)) {
                out.put(name, value);
            }
        });
        return out;
    }

    /** The environment of this process without the internal variables: what a submission from here carries. */
    public static Map<String, String> ofThisProcess() {
        return withoutInternals(System.getenv());
    }
}
