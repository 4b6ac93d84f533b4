package dev.cis.core.monitor;

import dev.cis.core.event.EventBus;
import java.time.Clock;

/** What every session monitor of one registry shares. */
record MonitorContext(EventBus bus, Clock clock, BlockReporter reporter, ProcTerminalProbe probe,
        MonitorSettings settings) {
}
