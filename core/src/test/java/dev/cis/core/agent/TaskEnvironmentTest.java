package dev.cis.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskEnvironmentTest {

    @Test
    void withoutInternalsKeepsTheUsersVariablesInOrderAndDropsCisAndJvmOnes() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/bin");
        env.put("CIS_HOME", "/h");
        env.put("cis_lower", "x");
        env.put("CLASSPATH", "/cp");
        env.put("JAVA_TOOL_OPTIONS", "-Dx");
        env.put("_JAVA_OPTIONS", "-Dy");
        env.put("JDK_JAVA_OPTIONS", "-Dz");
        env.put("LANG", "C.UTF-8");
        env.put("JAVA_HOME", "/jdk");

        assertThat(TaskEnvironment.withoutInternals(env)).containsExactly(Map.entry("PATH", "/bin"),
                Map.entry("LANG", "C.UTF-8"), Map.entry("JAVA_HOME", "/jdk"));
    }
}
