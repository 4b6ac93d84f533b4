package dev.cis.core.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    private static final Path FILE = Path.of("flow.toml");

    @Test
    void formatIsGccStyle() {
        assertThat(Diagnostic.error(FILE, 3, 7, "bad").format()).isEqualTo("flow.toml:3:7: error: bad");
        assertThat(Diagnostic.warning(FILE, 12, 1, "meh").format()).isEqualTo("flow.toml:12:1: warning: meh");
    }

    @Test
    void unknownColumnAndLineAreLeftOut() {
        assertThat(Diagnostic.error(FILE, 3, 0, "bad").format()).isEqualTo("flow.toml:3: error: bad");
        assertThat(Diagnostic.error(FILE, 0, 0, "no such file").format()).isEqualTo("flow.toml: error: no such file");
    }

    @Test
    void loadResultSplitsErrorsAndWarnings() {
        Diagnostic e = Diagnostic.error(FILE, 1, 1, "e");
        Diagnostic w = Diagnostic.warning(FILE, 2, 1, "w");

        LoadResult r = new LoadResult(FILE, null, List.of(e, w));

        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).containsExactly(e);
        assertThat(r.warnings()).containsExactly(w);
        assertThat(r.taskCount()).isZero();
    }
}
