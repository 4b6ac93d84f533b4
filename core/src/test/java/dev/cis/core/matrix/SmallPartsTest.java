package dev.cis.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Transaction ids, the seen-ids set and the masked session. */
class SmallPartsTest {

    @Test
    void txnIdsAreUniqueAcrossGeneratorsAndSafeInAPath() {
        Set<String> ids = new HashSet<>();
        for (int g = 0; g < 3; g++) {
            TxnIds gen = new TxnIds();
            for (int i = 0; i < 1000; i++) {
                ids.add(gen.next());
            }
        }
        assertThat(ids).hasSize(3000).allMatch(id -> id.matches("cis-\\d+-\\d+-[0-9a-z]{8}"));
    }

    @Test
    void seenIdsForgetTheLeastRecentlySeenFirst() {
        SeenEventIds seen = new SeenEventIds(2);
        assertThat(seen.add("$a")).isTrue();
        assertThat(seen.add("$b")).isTrue();
        assertThat(seen.add("$a")).isFalse();
        seen.add("$c");
        assertThat(seen.contains("$a")).isTrue();
        assertThat(seen.contains("$b")).isFalse();
        assertThat(seen.size()).isEqualTo(2);
    }

    @Test
    void aSessionPrintedOrLoggedShowsNoAccessToken() {
        LoginSession s = new LoginSession("@a:cis.local", "syt_secret_token", "DEV", TestHomeserver.URL);
        assertThat(s.toString()).contains("@a:cis.local", "DEV").doesNotContain("syt_secret_token");
    }
}
