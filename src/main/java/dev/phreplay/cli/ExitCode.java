package dev.phreplay.cli;

/** One exit-code convention for every command. */
public final class ExitCode {
    public static final int OK = 0;
    /** An input is invalid or damaged. */
    public static final int INVALID_INPUT = 1;
    /** A usage error, or an I/O error such as a missing file. */
    public static final int USAGE_OR_IO = 2;

    private ExitCode() {}
}
