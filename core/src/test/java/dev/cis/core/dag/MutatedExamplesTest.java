package dev.cis.core.dag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever happens to a valid file (bytes deleted, inserted or replaced, lines swapped or
 * duplicated, the end cut off), loading it returns a result with sensible diagnostics, never throws,
 * and finishes.
 */
class MutatedExamplesTest {

    private static final long SEED = 20_240_601L;
    private static final int MUTATIONS = 2_000;
    private static final byte[] SIGNIFICANT = "[]{}=\"',.#\n\\ \t:-_0123456789abcxyz".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void mutatedExamplesAlwaysGiveAResult() throws IOException {
        List<Path> examples = ExamplesTest.examples();
        List<byte[]> originals = new ArrayList<>();
        for (Path p : examples) {
            originals.add(Files.readAllBytes(p));
        }
        DagLoader loader = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard());
        Random random = new Random(SEED);
        int[] outcomes = new int[2];

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < MUTATIONS; i++) {
                int which = i % examples.size();
                byte[] mutated = mutate(originals.get(which), random);
                Path f = dir.resolve("m" + i + "-" + examples.get(which).getFileName());
                Files.write(f, mutated);

                LoadResult r = loader.load(f);

                checkSensible(r, mutated, f);
                outcomes[r.ok() ? 0 : 1]++;
                Files.delete(f);
            }
        });

        assertThat(outcomes[0]).as("mutations that stayed valid").isPositive();
        assertThat(outcomes[1]).as("mutations that broke the file").isGreaterThan(MUTATIONS / 4);
    }

    private static void checkSensible(LoadResult r, byte[] bytes, Path f) {
        assertThat(r).isNotNull();
        assertThat(r.file()).isEqualTo(f);
        assertThat(r.ok()).isEqualTo(r.errors().isEmpty());
        assertThat(r.dag() == null).isEqualTo(!r.ok());
        long lines = 2 + new String(bytes, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
        for (Diagnostic d : r.diagnostics()) {
            assertThat(d.message()).isNotBlank();
            assertThat(d.line()).isBetween(0, (int) lines);
            assertThat(d.column()).isGreaterThanOrEqualTo(0);
        }
        if (r.ok()) {
            assertThat(r.dag().topologicalOrder()).hasSameSizeAs(r.dag().tasks());
        }
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] b = original;
        int steps = 1 + random.nextInt(3);
        for (int s = 0; s < steps && b.length > 0; s++) {
            b = switch (random.nextInt(7)) {
                case 0 -> delete(b, random);
                case 1 -> insert(b, random);
                case 2 -> replace(b, random);
                case 3 -> swapLines(b, random);
                case 4 -> duplicateLine(b, random);
                case 5 -> Arrays.copyOf(b, random.nextInt(b.length));
                default -> insertRandomBytes(b, random);
            };
        }
        return b;
    }

    private static byte[] delete(byte[] b, Random r) {
        int at = r.nextInt(b.length);
        int len = Math.min(b.length - at, 1 + r.nextInt(8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.write(b, at + len, b.length - at - len);
        return out.toByteArray();
    }

    private static byte[] insert(byte[] b, Random r) {
        int at = r.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.write(SIGNIFICANT[r.nextInt(SIGNIFICANT.length)]);
        }
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] insertRandomBytes(byte[] b, Random r) {
        int at = r.nextInt(b.length + 1);
        byte[] noise = new byte[1 + r.nextInt(6)];
        r.nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.write(noise, 0, noise.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] replace(byte[] b, Random r) {
        byte[] c = b.clone();
        c[r.nextInt(c.length)] = r.nextBoolean() ? SIGNIFICANT[r.nextInt(SIGNIFICANT.length)] : (byte) r.nextInt(256);
        return c;
    }

    private static byte[] swapLines(byte[] b, Random r) {
        List<String> lines = lines(b);
        if (lines.size() > 1) {
            int i = r.nextInt(lines.size());
            int j = r.nextInt(lines.size());
            String t = lines.get(i);
            lines.set(i, lines.get(j));
            lines.set(j, t);
        }
        return join(lines);
    }

    private static byte[] duplicateLine(byte[] b, Random r) {
        List<String> lines = lines(b);
        int i = r.nextInt(lines.size());
        lines.add(r.nextInt(lines.size() + 1), lines.get(i));
        return join(lines);
    }

    private static List<String> lines(byte[] b) {
        return new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }
}
