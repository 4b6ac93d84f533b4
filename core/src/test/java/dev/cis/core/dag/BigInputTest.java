package dev.cis.core.dag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large and hostile inputs: results come back quickly, as diagnostics, never as exceptions. */
class BigInputTest {

    private static final Duration QUICK = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final DagLoader loader = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard());

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private LoadResult load(Path f) {
        return assertTimeoutPreemptively(QUICK, () -> loader.load(f));
    }

    @Test
    void tenThousandTasksLoadInWellUnderTwoSeconds() throws IOException {
        StringBuilder sb = new StringBuilder("[dag]\nname = \"wide\"\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append("\n[[dag.tasks]]\nid = \"t").append(i).append("\"\nagent = \"shell\"\n")
                    .append("command = \"echo ").append(i).append("\"\n");
            if (i > 2) {
                sb.append("deps = [\"t").append(i / 2).append("\", \"t").append(i - 1).append("\"]\n");
            }
        }
        Path f = write("wide.toml", sb.toString());
        loader.load(f);

        long start = System.nanoTime();
        LoadResult r = load(f);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.dag().tasks()).hasSize(10_000);
        assertThat(millis).as("load time in ms").isLessThan(2_000);
    }

    @Test
    void tenThousandLongChainIsAcceptedWithoutDeepRecursion() throws IOException {
        Path f = write("chain.json", chain(10_000, false));

        LoadResult r = load(f);

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.dag().topologicalOrder()).hasSize(10_000).startsWith("t0").endsWith("t9999");
    }

    @Test
    void tenThousandLongCycleIsReportedOnceAndShortened() throws IOException {
        Path f = write("ring.json", chain(10_000, true));

        LoadResult r = load(f);

        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("dependency cycle: t0 -> t9999 -> t9998 -> ");
            assertThat(d.message()).contains("... (9980 more) -> ").contains("t1 -> t0 (each task");
            assertThat(d.message().length()).isLessThan(400);
        });
    }

    @Test
    void fiveMegabyteFileLoads() throws IOException {
        StringBuilder sb = new StringBuilder("[dag]\nname = \"big\"\n");
        String prompt = "Explain this line of text in detail, with examples. ".repeat(20);
        int i = 0;
        while (sb.length() < 5 * 1024 * 1024) {
            sb.append("\n[[dag.tasks]]\nid = \"t").append(i++).append("\"\nagent = \"claude\"\nprompt = '''\n")
                    .append(prompt).append("\n'''\n");
        }
        Path f = write("big.toml", sb.toString());

        LoadResult r = load(f);

        assertThat(Files.size(f)).isGreaterThan(5L * 1024 * 1024);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.dag().tasks()).hasSize(i);
    }

    @Test
    void fileAboveTheSizeCapIsRefusedWithItsSize() throws IOException {
        Path f = dir.resolve("huge.toml");
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) '#');
        try (var out = Files.newOutputStream(f)) {
            for (int i = 0; i < 17; i++) {
                out.write(chunk);
            }
        }

        LoadResult r = load(f);

        assertThat(r.errors()).singleElement().extracting(Diagnostic::message)
                .isEqualTo("the file is 17.0 MiB; DAG files are limited to 16 MiB");
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX,
        org.junit.jupiter.api.condition.OS.MAC})
    void endlessStreamIsCutAtTheSizeCap() {
        Path zero = Path.of("/dev/zero");

        LoadResult r = load(zero);

        assertThat(r.errors()).singleElement().extracting(Diagnostic::message)
                .isEqualTo("the file is larger than 16 MiB, the limit for DAG files");
    }

    @Test
    void manyErrorsAreCappedAndStillQuick() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append("[[tasks]]\nid = \"task-").append(i).append("\"\ncommand = \"true\"\ndeps = [\"missing-")
                    .append(i).append("\"]\n");
        }
        Path f = write("errors.toml", sb.toString());

        LoadResult r = load(f);

        assertThat(r.diagnostics()).hasSize(Problems.MAX_SHOWN + 1);
        assertThat(r.diagnostics().get(Problems.MAX_SHOWN).message()).isEqualTo(
                "too many problems: 9000 more not shown; fix these first");
    }

    @Test
    void randomBinaryGarbageGivesADiagnostic() throws IOException {
        Random random = new Random(7);
        for (String ext : new String[] {"toml", "json", "bin"}) {
            byte[] bytes = new byte[1024 * 1024];
            random.nextBytes(bytes);
            Path f = Files.write(dir.resolve("garbage." + ext), bytes);

            LoadResult r = load(f);

            assertThat(r.ok()).isFalse();
            assertThat(r.errors()).isNotEmpty();
        }
    }

    @Test
    void fileOfNulBytesGivesADiagnosticAtItsStart() throws IOException {
        Path f = Files.write(dir.resolve("zeros.toml"), new byte[4096]);

        LoadResult r = load(f);

        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message()).contains("U+0000");
        });
    }

    @Test
    void deepJsonNestingIsAnErrorNotAStackOverflow() throws IOException {
        Path f = write("deep.json", "{\"dag\": " + "[".repeat(200_000));

        LoadResult r = load(f);

        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).asString()
                .contains("nested deeper than 128 levels");
    }

    @Test
    void deepTomlNestingIsAnErrorNotAStackOverflow() throws IOException {
        Path f = write("deep.toml", "x = " + "{a = ".repeat(100_000));

        LoadResult r = load(f);

        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).asString()
                .contains("nested deeper than 128 levels");
    }

    @Test
    void fiveMegabyteLineWithoutNewlineIsHandled() throws IOException {
        Path f = write("line.toml", "x = \"" + "a".repeat(5 * 1024 * 1024));

        LoadResult r = load(f);

        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).asString()
                .contains("unterminated string");
    }

    private static String chain(int n, boolean closed) {
        StringBuilder sb = new StringBuilder("{\"tasks\": [\n");
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\": \"t").append(i).append("\", \"command\": \"true\"");
            if (i > 0) {
                sb.append(", \"deps\": [\"t").append(i - 1).append("\"]");
            } else if (closed) {
                sb.append(", \"deps\": [\"t").append(n - 1).append("\"]");
            }
            sb.append(i == n - 1 ? "}\n" : "},\n");
        }
        return sb.append("]}\n").toString();
    }
}
