package dev.cis.core.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every DAG shipped in {@code resources/examples} is valid and says what it shows. */
class ExamplesTest {

    static final Path EXAMPLES = Path.of("..", "resources", "examples");

    static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".toml") || p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleHasNoErrors(Path example) {
        LoadResult r = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard()).load(example);

        assertThat(r.errors()).as("errors of %s", example).isEmpty();
        assertThat(r.dag().tasks()).isNotEmpty();
        if (!example.getFileName().toString().startsWith("legacy")) {
            assertThat(r.warnings()).as("warnings of %s", example).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleBeginsWithWhatItShows(Path example) throws IOException {
        String text = Files.readString(example, StandardCharsets.UTF_8);
        LoadResult r = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard()).load(example);

        if (example.toString().endsWith(".json")) {
            assertThat(r.dag().description()).hasSizeGreaterThan(20);
        } else {
            assertThat(text).startsWith("# " + example.getFileName() + " - ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleNeedsNoAiUnlessItIsTheLegacyOne(Path example) {
        Dag dag = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard()).load(example).dag();

        if (!example.getFileName().toString().startsWith("legacy")) {
            assertThat(dag.tasks()).extracting(TaskSpec::agent).allMatch(a -> a.equals("shell")
                    || a.equals("fake-agent"));
        }
    }

    @org.junit.jupiter.api.Test
    void theRequiredExamplesExist() throws IOException {
        assertThat(examples()).extracting(p -> p.getFileName().toString()).contains("hello.toml", "diamond.toml",
                "parallel-review.json", "approval-gate.toml", "legacy-format.toml");
    }
}
