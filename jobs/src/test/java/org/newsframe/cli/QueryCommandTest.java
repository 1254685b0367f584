package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;

class QueryCommandTest {

    @TempDir
    static Path tmp;

    static String out;

    @BeforeAll
    static void runOnce() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"q1\", \"title\": \"Doha, talks\", \"text\": \"He said \\\"no\\\".\", \"published\": \"2021-10-09\"}\n"
                + "{\"id\": \"q2\", \"text\": \"Second.\", \"published\": \"2021-11-01\"}\n"
                + "not json\n");
        out = tmp.resolve("out").toString();
        assertEquals(0, Cli.run("run", "--input", in.toString(), "--output", out).code());
    }

    @Test
    void csvWithHeaderAndQuoting() {
        Cli.Result r = Cli.run("query", "--data", out,
                "SELECT article_id, title, text, pub_date FROM articles ORDER BY article_id");
        assertEquals(0, r.code(), r.err());
        assertEquals("article_id,title,text,pub_date\n"
                + "q1,\"Doha, talks\",\"He said \"\"no\"\".\",2021-10-09\n"
                + "q2,,Second.,2021-11-01\n", r.out());
    }

    @Test
    void everyTableIsAView() {
        Cli.Result r = Cli.run("query", "--data", out, "--format", "json",
                "SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM rejects) AS r");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"a\":2,\"r\":1}\n", r.out());
    }

    @Test
    void tableFormat() {
        Cli.Result r = Cli.run("query", "--data", out, "--format", "table", "SELECT reason FROM rejects");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("|malformed_json|"), r.out());
    }

    @Test
    void badSqlIsAUsageErrorAndAMissingDirUnreadableInput() {
        Cli.Result syntax = Cli.run("query", "--data", out, "SELEC nothing");
        assertEquals(2, syntax.code());
        assertTrue(syntax.err().contains("SQL syntax error"), syntax.err());
        Cli.Result unknown = Cli.run("query", "--data", out, "SELECT * FROM nosuchtable");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("(tables: ") && unknown.err().contains("articles"), unknown.err());
        assertEquals(3, Cli.run("query", "--data", tmp.resolve("absent").toString(), "SELECT 1").code());
    }
}
