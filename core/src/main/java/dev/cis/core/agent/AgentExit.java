package dev.cis.core.agent;

/**
 * How an agent session ended.
 *
 * @param exitCode          the program's exit code, or 0 when it was ended because its finished pattern showed
 * @param finishedByPattern the program was still running when its profile's finished pattern showed, and
 *                          cis ended it
 */
public record AgentExit(int exitCode, boolean finishedByPattern) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}
