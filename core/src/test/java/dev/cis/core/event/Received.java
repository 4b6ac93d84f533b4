package dev.cis.core.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Collects what a subscriber receives; tests wait for a number of events with a deadline. */
final class Received implements Consumer<CisEvent> {

    private final LinkedBlockingQueue<CisEvent> events = new LinkedBlockingQueue<>();
    private final List<CisEvent> taken = new ArrayList<>();

    @Override
    public void accept(CisEvent e) {
        events.add(e);
    }

    /** Waits until {@code n} events arrived in total (at most 10 s) and returns them all. */
    synchronized List<CisEvent> await(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (taken.size() < n) {
            CisEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("received " + taken.size() + " events of " + n + ": " + taken);
            }
            taken.add(e);
        }
        return List.copyOf(taken);
    }

    /** Everything received so far. */
    synchronized List<CisEvent> now() {
        events.drainTo(taken);
        return List.copyOf(taken);
    }
}
