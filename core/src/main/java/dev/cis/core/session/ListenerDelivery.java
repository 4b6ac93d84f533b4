package dev.cis.core.session;

/** How one listener of a session gets its output: on a thread of its own, or directly on the reader's. */
interface ListenerDelivery {

    /** Hands over a chunk; never blocks the caller on a slow listener. */
    void offer(byte[] chunk);

    void exit(int code);

    void stop();

    /** Calls a {@link SessionListener.Direct} on the caller's thread. */
    static ListenerDelivery direct(SessionListener.Direct listener, byte[] replay) {
        if (replay != null && replay.length > 0) {
            listener.onOutput(replay);
        }
        return new ListenerDelivery() {
            private boolean done;

            @Override
            public synchronized void offer(byte[] chunk) {
                if (!done) {
                    listener.onOutput(chunk);
                }
            }

            @Override
            public synchronized void exit(int code) {
                if (!done) {
                    done = true;
                    listener.onExit(code);
                }
            }

            @Override
            public synchronized void stop() {
                done = true;
            }
        };
    }
}
