package org.newsframe;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.newsframe.cli.Main;
import picocli.CommandLine;

/** Runs the newsframe command line in-process, as bin/newsframe would, capturing its output. */
public final class Cli {

    /** Exit code and what the command printed. */
    public record Result(int code, String out, String err) {}

    private Cli() {}

    public static Result run(String... args) {
        SharedSpark.get();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
