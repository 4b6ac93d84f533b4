package dev.cis.ui.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs list: active runs first, then the history, each newest first, narrowed by a filter text that
 * matches the DAG name, the run id, the status or the node. Fed by {@link #setRuns} and {@link #upsertRun};
 * call on the UI thread.
 */
public final class RunListViewModel {

    private static final Comparator<RunSummary> NEWEST_FIRST =
            Comparator.comparing(RunSummary::createdAt, Comparator.nullsLast(Comparator.reverseOrder()));

    private final Map<String, RunSummary> runs = new LinkedHashMap<>();
    private final ObservableList<RunListRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RunListRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<String> selectedRunId = new ReadOnlyObjectWrapper<>(this, "selectedRunId");
    private String selectWhenAdded;

    public RunListViewModel() {
        filter.addListener((obs, old, f) -> rebuild());
    }

    /** Replaces every known run. */
    public void setRuns(List<RunSummary> all) {
        runs.clear();
        for (RunSummary r : all) {
            runs.put(r.runId(), r);
        }
        if (selectedRunId.get() != null && !runs.containsKey(selectedRunId.get())) {
            selectedRunId.set(null);
        }
        rebuild();
        if (selectWhenAdded != null && runs.containsKey(selectWhenAdded)) {
            String id = selectWhenAdded;
            selectWhenAdded = null;
            select(id);
        }
    }

    /** Adds a run or replaces the one with the same id. */
    public void upsertRun(RunSummary run) {
        upsertRuns(List.of(run));
    }

    /** Adds or replaces several runs, rebuilding the rows once. */
    public void upsertRuns(Collection<RunSummary> changed) {
        if (changed.isEmpty()) {
            return;
        }
        for (RunSummary r : changed) {
            runs.put(r.runId(), r);
        }
        rebuild();
        if (selectWhenAdded != null && runs.containsKey(selectWhenAdded)) {
            String id = selectWhenAdded;
            selectWhenAdded = null;
            select(id);
        }
    }

    /** Selects a run now when it is known, else as soon as it is added. */
    public void selectWhenAdded(String runId) {
        if (runs.containsKey(runId)) {
            selectWhenAdded = null;
            select(runId);
        } else {
            selectWhenAdded = runId;
        }
    }

    /** A known run. */
    public Optional<RunSummary> run(String runId) {
        return Optional.ofNullable(runId == null ? null : runs.get(runId));
    }

    public void removeRun(String runId) {
        if (runs.remove(runId) != null) {
            if (runId.equals(selectedRunId.get())) {
                selectedRunId.set(null);
            }
            rebuild();
        }
    }

    /** Selects a known run, or nothing with null. */
    public void select(String runId) {
        selectedRunId.set(runId != null && runs.containsKey(runId) ? runId : null);
    }

    public Optional<RunSummary> selectedRun() {
        return Optional.ofNullable(selectedRunId.get()).map(runs::get);
    }

    private void rebuild() {
        String f = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        List<RunSummary> active = new ArrayList<>();
        List<RunSummary> history = new ArrayList<>();
        for (RunSummary r : runs.values()) {
            if (matches(r, f)) {
                (r.isActive() ? active : history).add(r);
            }
        }
        active.sort(NEWEST_FIRST);
        history.sort(NEWEST_FIRST);
        List<RunListRow> out = new ArrayList<>();
        if (!active.isEmpty()) {
            out.add(new RunListRow.Section("Active", active.size()));
            active.forEach(r -> out.add(new RunListRow.Entry(r)));
        }
        if (!history.isEmpty()) {
            out.add(new RunListRow.Section("History", history.size()));
            history.forEach(r -> out.add(new RunListRow.Entry(r)));
        }
        rows.setAll(out);
    }

    private static boolean matches(RunSummary r, String f) {
        if (f.isEmpty()) {
            return true;
        }
        return contains(r.dagName(), f) || contains(r.runId(), f) || contains(r.status().wireName(), f)
                || contains(r.node(), f);
    }

    private static boolean contains(String s, String f) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(f);
    }

    /** Section headers and runs, in display order. */
    public ObservableList<RunListRow> rows() {
        return readOnlyRows;
    }

    /** How many runs are known, whatever the filter. */
    public int runCount() {
        return runs.size();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<String> selectedRunIdProperty() {
        return selectedRunId.getReadOnlyProperty();
    }
}
