package dev.cis.core.monitor;

/** Whether the programs of a session wait for input from their terminal, as far as the system tells. */
enum TerminalWait {
    /** A thread of the foreground programs is blocked reading the terminal (or waiting only for it). */
    READING,
    /** None of them waits on the terminal: they run, sleep, or wait for something else (a child, a timer). */
    NOT_READING,
    /** The system does not say (no {@code /proc}, no permission, or a wait on the terminal and the network). */
    UNKNOWN
}
