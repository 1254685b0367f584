package org.newsframe.cli;

/** Process exit codes of every command. */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int OK = 0;
    /** The job started but failed. */
    public static final int JOB_FAILED = 1;
    /** Bad command line, configuration or SQL. */
    public static final int USAGE = 2;
    /** The input (or --data directory) cannot be read. */
    public static final int UNREADABLE_INPUT = 3;
    /** Another run holds the output directory's lock ({@code <output>/_lock}); nothing was written. */
    public static final int LOCKED = 4;
}
