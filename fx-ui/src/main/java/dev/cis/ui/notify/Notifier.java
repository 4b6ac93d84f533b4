package dev.cis.ui.notify;

/** Shows notices. Call on the UI thread. */
@FunctionalInterface
public interface Notifier {

    void show(Notice notice);
}
