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

    /**
     * Writes the JSON lines to {@code dir/in.jsonl}, runs the whole pipeline into {@code dir/out} and returns
     * that folder; fails the calling test when the run does not succeed.
     */
    public static java.nio.file.Path runCorpus(java.nio.file.Path dir, String... jsonLines) throws java.io.IOException {
        java.nio.file.Path in = dir.resolve("in.jsonl");
        java.nio.file.Files.writeString(in, String.join("\n", jsonLines) + "\n");
        java.nio.file.Path out = dir.resolve("out");
        Result r = run("run", "--input", in.toString(), "--output", out.toString());
        org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r.err());
        return out;
    }

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

    /** {@code newsframe checksum} of an output: rows and checksum of every table, as printed. */
    public static String checksums(java.nio.file.Path out) {
        Result r = run("checksum", "--data", out.toString());
        org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r.err());
        return r.out();
    }

    /** A table of an output's current version, as a reader sees it. */
    public static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> table(java.nio.file.Path out, String name) {
        java.nio.file.Path folder = tableFolder(out, name)
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + out));
        return SharedSpark.get().read().parquet(folder.toString());
    }

    /** Whether the output's current version has the table. */
    public static boolean hasTable(java.nio.file.Path out, String name) {
        return tableFolder(out, name).isPresent();
    }

    /** The folder the output's current version names for a table. */
    public static java.util.Optional<java.nio.file.Path> tableFolder(java.nio.file.Path out, String name) {
        try {
            var fs = org.apache.hadoop.fs.FileSystem.getLocal(new org.apache.hadoop.conf.Configuration());
            var root = new org.apache.hadoop.fs.Path(out.toAbsolutePath().toString());
            return org.newsframe.io.Snapshot.current(fs, root).table(root, name)
                    .map(p -> java.nio.file.Path.of(p.toUri().getPath()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
