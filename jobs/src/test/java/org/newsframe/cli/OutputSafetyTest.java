package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;

/**
 * Hostile command lines of issue 15: outputs newsframe must not write into, a query that would write, bad Spark
 * settings — each a one-line error with exit 2, nothing written or deleted.
 */
class OutputSafetyTest {

    @TempDir
    Path tmp;

    private Path input() throws IOException {
        Path in = tmp.resolve("a.jsonl");
        Files.writeString(in, "{\"id\": \"a1\", \"text\": \"Taliban officials met envoys in Doha on Tuesday.\"}\n");
        return in;
    }

    private static void oneLineUsageError(Cli.Result r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void theRootTheHomeAndAnEmptyOutputAreRefused() throws IOException {
        String in = input().toString();
        oneLineUsageError(Cli.run("run", "--input", in, "--output", "/", "--stages", "ingest"), "it is the root of a file system");
        oneLineUsageError(Cli.run("run", "--input", in, "--output", System.getProperty("user.home"), "--stages", "ingest"),
                "it is the home directory");
        oneLineUsageError(Cli.run("run", "--input", in, "--output", "", "--stages", "ingest"), "--output is empty");
    }

    @Test
    void anOutputHoldingSomeoneElsesFilesIsRefusedAndTheFilesStay() throws IOException {
        String in = input().toString();
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("run", "--input", in, "--output", out.toString(), "--stages", "ingest").code());
        assertEquals(0, Cli.run("run", "--input", in, "--output", out.toString(), "--stages", "ingest").code(),
                "a newsframe output is fine");
        Path table = Cli.tableFolder(out, "articles").orElseThrow();
        Path mine = table.resolve("my_actors.csv");
        Files.writeString(mine, "id,name\n");
        oneLineUsageError(Cli.run("run", "--input", in, "--output", out.toString(), "--stages", "ingest"),
                "it holds files newsframe did not write (" + out.relativize(mine) + ")");
        assertTrue(Files.exists(mine), "never deleted");
        Files.delete(mine);
        Files.createDirectories(out.resolve("articles"));
        Files.writeString(out.resolve("articles/mine.csv"), "id,name\n");
        oneLineUsageError(Cli.run("run", "--input", in, "--output", out.toString(), "--stages", "ingest"),
                "(articles/mine.csv)");
        Files.delete(out.resolve("articles/mine.csv"));
        Files.delete(out.resolve("articles"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        oneLineUsageError(Cli.run("run", "--input", in, "--output", out.toString(), "--stages", "ingest"), "(notes.txt)");
        Path folder = tmp.resolve("docs");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("thesis.tex"), "x");
        oneLineUsageError(Cli.run("run", "--input", in, "--output", folder.toString(), "--stages", "ingest"), "(thesis.tex)");
        oneLineUsageError(Cli.run("run", "--input", in, "--output", folder.resolve("thesis.tex").toString(), "--stages", "ingest"),
                "it is a file");
    }

    @Test
    void queryIsReadOnlyAndSaysWhatIsWrongWithTheSql() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("run", "--input", input().toString(), "--output", out.toString(), "--stages", "ingest").code());
        String data = out.toString();
        oneLineUsageError(Cli.run("query", "--data", data, "CREATE TABLE t (x INT) USING parquet"), "query is read-only");
        oneLineUsageError(Cli.run("query", "--data", data, "DROP VIEW articles"), "query is read-only");
        oneLineUsageError(Cli.run("query", "--data", data, "INSERT INTO articles SELECT * FROM articles"), "query is read-only");
        oneLineUsageError(Cli.run("query", "--data", data, "CACHE TABLE articles"), "query is read-only");
        assertEquals(0, Cli.run("query", "--data", data, "SELECT count(*) FROM articles").code());
        assertEquals(0, Cli.run("query", "--data", data, "DESCRIBE articles").code());
        Cli.Result bad = Cli.run("query", "--data", data, "SELEC count(*) FROM articles");
        oneLineUsageError(bad, "SQL syntax error: [PARSE_SYNTAX_ERROR]");
    }

    @Test
    void aBadSparkSettingIsOneLineAndExitTwo() throws IOException {
        String in = input().toString();
        oneLineUsageError(Cli.run("run", "--input", in, "--output", tmp.resolve("o").toString(), "--stages", "ingest",
                "--set", "spark.sql.shuffle.partitions=abc"), "bad Spark setting spark.sql.shuffle.partitions=abc");
        oneLineUsageError(Cli.run("run", "--input", in, "--output", tmp.resolve("o").toString(), "--stages", "ingest",
                "--set", "spark.executor.memory=lots"), "bad Spark setting spark.executor.memory=lots");
    }
}
