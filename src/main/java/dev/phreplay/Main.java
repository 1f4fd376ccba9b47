package dev.phreplay;

import dev.phreplay.cli.Cli;

/**
 * The entry point of the jar and of the installed launcher. It is not a JavaFX Application so
 * that JavaFX can be loaded from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
