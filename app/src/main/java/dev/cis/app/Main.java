package dev.cis.app;

import dev.cis.app.cli.CisCommand;

/** Entry point of the {@code cis} launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = CisCommand.run(args, System.out, System.err);
        System.exit(code);
    }
}
