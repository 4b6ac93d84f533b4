package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cis.app.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cis dag rm} and {@code cis dag prune} through the real launcher, on a real store with recordings. */
class DagCleanupCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path work;

    Path small;

    private CliRunner cis() {
        return CliRunner.create().withCisHome(home).inDir(work);
    }

    @BeforeEach
    void writeDag() throws Exception {
        small = Files.writeString(work.resolve("small.toml"), """
                [dag]
                name = "small"
                [[dag.tasks]]
                id = "a"
                command = "echo hello from a"
                [[dag.tasks]]
                id = "b"
                command = "echo hello from b"
                deps = ["a"]
                """);
    }

    @AfterEach
    void stopNode() throws Exception {
        cis().run("node", "stop", "--force");
    }

    private String executedRun() throws Exception {
        var r = cis().run("dag", "execute", "--plain", small.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return runIds().get(0);
    }

    private List<String> runIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode n : JSON.readTree(cis().run("dag", "list", "--all", "--json").stdout())) {
            ids.add(n.get("run_id").asText());
        }
        return ids;
    }

    @Test
    void rmDeletesARunWithItsRecordingsAndWorkFolderThroughTheRunningNode() throws Exception {
        String run = executedRun();
        assertThat(home.resolve("recordings").resolve(run)).isDirectoryContaining("glob:**.cast");

        var r = cis().run("dag", "rm", run.substring(0, 4));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("deleted " + run).contains("deleted 1 run, freed");
        assertThat(runIds()).isEmpty();
        assertThat(home.resolve("recordings").resolve(run)).doesNotExist();
        assertThat(home.resolve("work").resolve(run)).doesNotExist();
        assertThat(Files.readString(home.resolve("logs/node.log"))).contains("deleted run " + run);
    }

    @Test
    void rmWithoutANodeDeletesOnTheStoreAndStartsNoNode() throws Exception {
        String run = executedRun();
        cis().run("node", "stop");

        var r = cis().run("dag", "rm", run, "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode out = JSON.readTree(r.stdout());
        assertThat(out.get("count").asInt()).isEqualTo(1);
        assertThat(out.get("runs").get(0).get("file_bytes").asLong()).isPositive();
        assertThat(out.get("bytes").asLong()).isEqualTo(out.get("runs").get(0).get("database_bytes").asLong()
                + out.get("runs").get(0).get("file_bytes").asLong());
        assertThat(runIds()).isEmpty();
        assertThat(home.resolve("run/node.sock")).doesNotExist();
        assertThat(home.resolve("recordings").resolve(run)).doesNotExist();
    }

    @Test
    void rmRefusesAnActiveRunAndSaysHowToCancelIt() throws Exception {
        Path slow = Files.writeString(work.resolve("slow.toml"), """
                [dag]
                name = "slow"
                [[dag.tasks]]
                id = "wait"
                command = "sleep 60"
                """);
        String run = cis().run("dag", "run", slow.toString()).stdout().strip();

        var r = cis().run("dag", "rm", run);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("cis dag cancel " + run);
        assertThat(runIds()).containsExactly(run);
    }

    @Test
    void rmWithOneUnknownRunDeletesNothing() throws Exception {
        String run = executedRun();

        var r = cis().run("dag", "rm", run, "zzzz");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("zzzz");
        assertThat(runIds()).containsExactly(run);
    }

    @Test
    void pruneDryRunListsTheRunsBeyondKeepAndDeletesNothing() throws Exception {
        String older = executedRun();
        String newer = executedRun();

        var r = cis().run("dag", "prune", "--keep", "1", "--dry-run");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("would delete " + older).doesNotContain(newer)
                .contains("would delete 1 run, freeing");
        assertThat(runIds()).containsExactlyInAnyOrder(older, newer);
    }

    @Test
    void pruneKeepsTheNewestRunsAndDeletesTheRest() throws Exception {
        String older = executedRun();
        String newer = executedRun();

        var r = cis().run("dag", "prune", "--keep", "1", "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(JSON.readTree(r.stdout()).get("runs").get(0).get("run_id").asText()).isEqualTo(older);
        assertThat(runIds()).containsExactly(newer);
        assertThat(home.resolve("recordings").resolve(older)).doesNotExist();
        assertThat(home.resolve("recordings").resolve(newer)).exists();
    }

    @Test
    void pruneOlderThanLeavesRecentRuns() throws Exception {
        String run = executedRun();

        var r = cis().run("dag", "prune", "--older-than", "30d");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("deleted 0 runs, freed 0 B");
        assertThat(runIds()).containsExactly(run);
    }

    @Test
    void pruneRefusesAnAgeWithoutAUnit() throws Exception {
        var r = cis().run("dag", "prune", "--older-than", "30");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("--older-than '30' is not an age").contains("30d");
    }
}
