package dev.cis.ui.action;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The questions blocked sessions ask now, one per task (its latest session). Call on the UI thread. */
public final class Questions {

    private final ObservableMap<String, Question> byTask = FXCollections.observableHashMap();
    private final ObservableMap<String, Question> readOnly = FXCollections.unmodifiableObservableMap(byTask);

    private static String key(String runId, String taskId) {
        return runId + ":" + taskId;
    }

    public void put(Question q) {
        byTask.put(key(q.runId(), q.taskId()), q);
    }

    /** Forgets the question of a session (it went on, or ended). */
    public void removeSession(String sessionId) {
        byTask.values().removeIf(q -> q.sessionId().equals(sessionId));
    }

    public void removeTask(String runId, String taskId) {
        byTask.remove(key(runId, taskId));
    }

    public Optional<Question> of(String runId, String taskId) {
        return runId == null || taskId == null ? Optional.empty() : Optional.ofNullable(byTask.get(key(runId, taskId)));
    }

    public boolean has(String runId, String taskId) {
        return of(runId, taskId).isPresent();
    }

    /** Every open question, by {@code run:task}. */
    public ObservableMap<String, Question> map() {
        return readOnly;
    }
}
