package dev.cis.ui.run;

/** A row of the runs list: a section header or a run. */
public sealed interface RunListRow {

    /** "Active" or "History", with how many runs follow. */
    record Section(String title, int count) implements RunListRow {
    }

    record Entry(RunSummary run) implements RunListRow {
    }
}
