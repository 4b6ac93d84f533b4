package dev.cis.core.session;

/** The session contract on pty4j, the mechanism used where {@code posix_spawn} is not. */
class Pty4jSessionTest extends PtySessionContract {

    @Override
    boolean withPty4j() {
        return true;
    }
}
