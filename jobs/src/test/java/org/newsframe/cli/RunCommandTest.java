package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;
import org.newsframe.SharedSpark;

class RunCommandTest {

    @TempDir
    Path tmp;

    private static Dataset<Row> table(Path out, String name) {
        return org.newsframe.Cli.table(out, name);
    }

    private static Map<String, Long> rejectReasons(Path out) {
        Map<String, Long> m = new TreeMap<>();
        for (Row r : table(out, "rejects").groupBy("reason").count().collectAsList()) {
            m.put(r.getString(0), r.getLong(1));
        }
        return m;
    }

    @Test
    void goodLinesBecomeArticlesAndBrokenOnesRejectsThatReconcile() throws IOException {
        Path in = tmp.resolve("mixed.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"a1\", \"title\": \"One\", \"text\": \"Taliban officials met U.S. envoys in Doha.\", \"published\": \"2021-10-09\"}",
                "{\"id\": \"a2\", \"text\": \"broken",
                "{\"id\": \"a3\", \"title\": \"No text\"}",
                "{\"id\": \"a4\", \"text\": \"   \"}",
                "{\"id\": \"a1\", \"text\": \"Same id again.\"}",
                "\"just a string\"",
                "{\"id\": \"a5\", \"text\": \"Second good one.\", \"published\": \"sometime last week\"}",
                ""));
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", "--input", in.toString(), "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("7 records read = 2 articles + 5 rejects"), r.out());

        List<Row> articles = table(out, "articles").orderBy("article_id").collectAsList();
        assertEquals(List.of("a1", "a5"), articles.stream().map(x -> x.getString(x.fieldIndex("article_id"))).toList());
        Row a1 = articles.get(0);
        assertEquals(LocalDate.of(2021, 10, 9), a1.getAs("pub_date"));
        assertEquals(Instant.parse("2021-10-09T00:00:00Z"), a1.getAs("published_at"));
        assertEquals("2021-10", a1.getAs("pub_month"));
        assertEquals(1L, (long) a1.getAs("record_number"));
        assertEquals(42, (int) a1.getAs("text_chars"));
        Row a5 = articles.get(1);
        assertNull(a5.getAs("pub_date"), "unknown date format: null date, not a reject");
        assertEquals("sometime last week", a5.getAs("published_raw"));

        assertEquals(Map.of("duplicate_id", 1L, "malformed_json", 1L, "missing_text", 2L, "not_an_object", 1L),
                rejectReasons(out));
        Row dup = table(out, "rejects").filter("reason = 'duplicate_id'").first();
        assertEquals(5L, (long) dup.getAs("record_number"));
        assertEquals("a1", dup.getAs("article_id"));
        assertTrue(((String) dup.getAs("detail")).endsWith("mixed.jsonl:1"), (String) dup.getAs("detail"));

        String manifest = Files.readString(Files.list(out.resolve("_runs"))
                .filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow());
        assertTrue(manifest.contains("\"records_read\" : 7"), manifest);
        assertTrue(manifest.contains("\"reconciled\" : true"), manifest);
        assertTrue(manifest.contains("\"unparsed_published_dates\" : 1"), manifest);
        assertTrue(manifest.contains("\"ingest\" :"), "stage duration recorded");
    }

    @Test
    void everyInputFormatInOneDirectory() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a.jsonl.gz")))) {
            gz.write("{\"id\": \"gz-1\", \"text\": \"From gzip.\", \"published\": \"Sat, 9 Oct 2021 14:05:00 GMT\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("b.csv"), "id,title,text,published\ncsv-1,T,\"Quoted, with comma\",12-MAR-1987 08:05:11.00\n");
        Files.writeString(dir.resolve("c.json"), "[{\"id\": \"arr-1\", \"text\": \"In an array.\", \"published\": \"4/5/17\"}]");
        Path txt = Files.createDirectories(dir.resolve("txt"));
        Files.writeString(txt.resolve("note-7.txt"), "A headline\n\nThe body.\n");
        Files.writeString(dir.resolve("README.md"), "not an input: unknown extension, skipped inside a directory");
        SparkSession spark = SharedSpark.get();
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("published", DataTypes.TimestampType);
        spark.createDataFrame(List.of(RowFactory.create("pq-1", "From Parquet.", Instant.parse("2021-10-09T10:00:00Z")),
                        RowFactory.create("pq-2", "Second row.", null)), schema)
                .coalesce(1).write().parquet(dir.resolve("d.parquet").toString());

        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", "--input", dir.toString(), "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, String> dates = table(out, "articles").collectAsList().stream().collect(Collectors.toMap(
                x -> x.getString(x.fieldIndex("article_id")), x -> String.valueOf((Object) x.getAs("pub_date"))));
        assertEquals(Map.of("gz-1", "2021-10-09", "csv-1", "1987-03-12", "arr-1", "2017-04-05",
                "note-7", "null", "pq-1", "2021-10-09", "pq-2", "null"), dates);
        Row pq2 = table(out, "articles").filter("article_id = 'pq-2'").first();
        assertEquals(2L, (long) pq2.getAs("record_number"), "Parquet rows are numbered from the file's row index");
        Row note = table(out, "articles").filter("article_id = 'note-7'").first();
        assertEquals("A headline", note.getAs("title"));
        assertEquals("The body.", note.getAs("text"));
        assertEquals(0L, table(out, "rejects").count());
    }

    @Test
    void fieldMappingLoadsOtherColumnNamesAndFormatFlagForcesAReader() throws IOException {
        Path in = tmp.resolve("export.data");
        Files.writeString(in, "doc,headline,body,date,outlet\n"
                + "x9,Floods,\"Thousands fled the floods.\",2021-08-30,Example Wire\n");
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", "--input", in.toString(), "--output", out.toString(), "--format", "csv",
                "--set", "input.fields.id=doc", "--set", "input.fields.title=headline",
                "--set", "input.fields.text=body", "--set", "input.fields.published=date",
                "--set", "input.fields.source=outlet");
        assertEquals(0, r.code(), r.err());
        Row a = table(out, "articles").first();
        assertEquals("x9", a.getAs("article_id"));
        assertEquals("Floods", a.getAs("title"));
        assertEquals("Thousands fled the floods.", a.getAs("text"));
        assertEquals("Example Wire", a.getAs("source"));
        assertEquals(LocalDate.of(2021, 8, 30), a.getAs("pub_date"));
    }

    @Test
    void idsAreStableAndARerunReplacesInsteadOfDuplicating() throws IOException {
        Path in = tmp.resolve("noids.jsonl");
        Files.writeString(in, "{\"title\": \"A\", \"text\": \"First text.\", \"source\": \"S\"}\n"
                + "{\"title\": \"B\", \"text\": \"Second text.\", \"source\": \"S\"}\n");
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("run", "--input", in.toString(), "--output", out.toString()).code());
        List<String> first = table(out, "articles").orderBy("article_id").select("article_id").as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertEquals(2, first.size());
        assertTrue(first.stream().allMatch(id -> id.matches("h-[0-9a-f]{16}")), first.toString());

        assertEquals(0, Cli.run("run", "--input", in.toString(), "--output", out.toString()).code());
        List<String> second = table(out, "articles").orderBy("article_id").select("article_id").as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertEquals(first, second, "same input, same ids, same rows");
        try (var runs = Files.list(out.resolve("_runs"))) {
            assertEquals(2, runs.filter(p -> p.toString().endsWith(".json")).count());
        }
        try (var versions = Files.list(out.resolve("_tables"))) {
            assertEquals(2, versions.count(), "the current and the previous version's tables, nothing else");
        }
    }

    @Test
    void exitCodes() throws IOException {
        Path in = tmp.resolve("one.jsonl");
        Files.writeString(in, "{\"id\": \"1\", \"text\": \"t\"}\n");
        String out = tmp.resolve("out").toString();
        assertEquals(0, Cli.run("--help").code());
        assertEquals(0, Cli.run("run", "--help").code());
        assertEquals(0, Cli.run("query", "--help").code());
        assertEquals(2, Cli.run().code(), "no command");
        assertEquals(2, Cli.run("run", "--input", in.toString()).code(), "missing --output");
        assertEquals(2, Cli.run("run", "--bogus").code());
        Cli.Result unknownKey = Cli.run("run", "--input", in.toString(), "--output", out, "--set", "input.fromat=csv");
        assertEquals(2, unknownKey.code());
        assertTrue(unknownKey.err().contains("did you mean newsframe.input.format"), unknownKey.err());
        Cli.Result missing = Cli.run("run", "--input", tmp.resolve("nope.jsonl").toString(), "--output", out);
        assertEquals(3, missing.code());
        assertTrue(missing.err().contains("input not found"), missing.err());
        Path unknownExt = tmp.resolve("file.xyz");
        Files.writeString(unknownExt, "x");
        assertEquals(3, Cli.run("run", "--input", unknownExt.toString(), "--output", out).code());
    }
}
