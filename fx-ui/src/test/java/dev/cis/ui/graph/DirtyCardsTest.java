package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirtyCardsTest {

    private final DirtyCards dirty = new DirtyCards();

    private List<Integer> marked() {
        List<Integer> tasks = new ArrayList<>();
        for (int k = 0; k < dirty.count(); k++) {
            tasks.add(dirty.task(k));
        }
        return tasks;
    }

    @Test
    void everyCardIsDirtyAtFirst() {
        assertThat(dirty.all()).isTrue();
        assertThat(dirty.isEmpty()).isFalse();
    }

    @Test
    void nothingIsDirtyAfterAFrame() {
        dirty.clear();
        assertThat(dirty.all()).isFalse();
        assertThat(dirty.isEmpty()).isTrue();
    }

    @Test
    void aTaskMarkedManyTimesIsDrawnOnce() {
        dirty.clear();
        dirty.mark(7);
        dirty.mark(3);
        dirty.mark(7);
        dirty.mark(7);
        assertThat(marked()).containsExactly(7, 3);
    }

    @Test
    void aTaskCanBeMarkedAgainAfterAFrame() {
        dirty.clear();
        dirty.mark(5);
        dirty.clear();
        assertThat(dirty.isEmpty()).isTrue();
        dirty.mark(5);
        assertThat(marked()).containsExactly(5);
    }

    @Test
    void thousandsOfTasksCanBeMarked() {
        dirty.clear();
        for (int i = 2999; i >= 0; i--) {
            dirty.mark(i);
        }
        assertThat(dirty.count()).isEqualTo(3000);
        assertThat(dirty.task(0)).isEqualTo(2999);
        assertThat(dirty.task(2999)).isZero();
    }

    @Test
    void markingEverythingCoversTheMarkedTasks() {
        dirty.clear();
        dirty.mark(1);
        dirty.markAll();
        dirty.mark(2);
        assertThat(dirty.all()).isTrue();
        dirty.clear();
        assertThat(dirty.isEmpty()).isTrue();
        dirty.mark(1);
        assertThat(marked()).containsExactly(1);
    }
}
