package dev.cis.core.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleReportTest {

    private final DagLoader loader = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard());

    private LoadResult parse(String toml) {
        return loader.parse(toml, Path.of("c.toml"), Path.of("."));
    }

    private static String task(String id, String... deps) {
        StringBuilder sb = new StringBuilder("[[tasks]]\nid = \"" + id + "\"\ncommand = \"true\"\n");
        if (deps.length > 0) {
            sb.append("deps = [\"").append(String.join("\", \"", deps)).append("\"]\n");
        }
        return sb.toString();
    }

    @Test
    void twoSeparateCyclesAreEachReportedOnce() {
        LoadResult r = parse(task("a", "b") + task("b", "a") + task("c", "d") + task("d", "c") + task("e", "a", "c"));

        assertThat(r.errors()).extracting(Diagnostic::message).map(m -> m.replaceAll(" \\(.*", ""))
                .containsExactly("dependency cycle: a -> b -> a", "dependency cycle: c -> d -> c");
    }

    @Test
    void entangledCyclesAreReportedOnceAsTheShortestThroughTheFirstTask() {
        LoadResult r = parse(task("a", "b", "c") + task("b", "c") + task("c", "a") + task("d", "b"));

        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).asString()
                .startsWith("dependency cycle: a -> c -> a");
    }

    @Test
    void cycleIsReportedAtTheDependencyThatStartsIt() {
        LoadResult r = parse(task("x") + task("a", "x", "b") + task("b", "a"));

        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.column()).isEqualTo(14);
        });
    }

    @Test
    void tarjanFindsGroupsWithoutRecursion() {
        int n = 200_000;
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            edges[i] = new int[] {(i + 1) % n};
        }

        List<int[]> groups = DependencyChecker.stronglyConnected(edges);

        assertThat(groups).singleElement().satisfies(g -> assertThat(g).hasSize(n));
    }

    @Test
    void acyclicGraphHasOnlySingletonGroups() {
        int[][] edges = {{1, 2}, {2}, {}};

        assertThat(DependencyChecker.stronglyConnected(edges)).allSatisfy(g -> assertThat(g).hasSize(1));
    }
}
