package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;
import org.newsframe.SharedSpark;
import org.newsframe.io.TableChecksums;
import org.newsframe.schema.Tables;

/** {@code run --stages / --from} over an existing output, and annotate components switched off. */
class RunStagesTest {

    @TempDir
    Path tmp;

    private static final String[] CORPUS = {
        "{\"id\": \"s1\", \"text\": \"Pakistan urged the United States to engage with the Taliban. The Taliban rejected any cooperation with Washington.\", \"published\": \"2021-10-09\"}",
        "{\"id\": \"s2\", \"text\": \"About 2,000 families were displaced in Herat, the UN said. Pakistan and the Taliban met in Doha.\", \"published\": \"2021-10-10\"}"
    };

    private static Dataset<Row> table(Path out, String name) {
        return org.newsframe.Cli.table(out, name);
    }

    private static TableChecksums.Checksum checksum(Path out, String name) {
        return TableChecksums.byTable(SharedSpark.get(), out.toString(), List.of(Tables.byName(name))).get(name);
    }

    private static JsonNode manifest(Path out, String runId) throws IOException {
        return new ObjectMapper().readTree(out.resolve("_runs/" + runId + ".json").toFile());
    }

    private static String runId(String printed) {
        return printed.split("\\s+")[2].replace(":", "");
    }

    @Test
    void laterStagesRerunOverTheTablesAlreadyInTheOutput() throws IOException {
        Path out = Cli.runCorpus(tmp, CORPUS);
        Row urge = table(out, "actor_relations").filter("relation = 'URGE'").first();
        assertEquals("PAK", urge.getAs("source_actor"));
        assertEquals("USA", urge.getAs("target_actor"));
        assertEquals("urged", urge.getAs("trigger"));
        assertEquals("s1", urge.getAs("article_id"));
        assertEquals(0, (int) urge.getAs("sentence_index"));
        assertEquals("2021-10", urge.getAs("pub_month"));
        assertEquals("Pakistan urged the United States to engage with the Taliban.", urge.getAs("text"));
        TableChecksums.Checksum cooc = checksum(out, "cooccurrence");
        TableChecksums.Checksum sentiment = checksum(out, "actor_sentiment");
        TableChecksums.Checksum mentions = checksum(out, "mentions");
        assertTrue(cooc.rows() > 0 && mentions.rows() > 0);

        Cli.Result printed = Cli.run("checksum", "--data", out.toString());
        assertEquals(0, printed.code(), printed.err());
        assertTrue(printed.out().startsWith("table,rows,checksum\narticles,2,"), printed.out());
        assertTrue(printed.out().contains("\nmentions," + mentions.rows() + "," + mentions.checksum() + "\n"), printed.out());

        Cli.Result r = Cli.run("run", "--output", out.toString(), "--stages", "actor-tables");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(stages actor-tables)"), r.out());
        assertTrue(r.out().contains("cooccurrence"), r.out());
        assertFalse(r.out().contains("mentions "), "only the stage's own tables are rewritten: " + r.out());
        assertEquals(cooc, checksum(out, "cooccurrence"), "same input tables, same output");
        assertEquals(mentions, checksum(out, "mentions"));
        JsonNode m = manifest(out, runId(r.out()));
        assertEquals(List.of("actor-tables"), List.of(m.get("stages").get(0).asText()));
        assertFalse(m.has("records_read"), "no ingest, no ingest facts");

        Cli.Result annotate = Cli.run("run", "--output", out.toString(), "--stages", "annotate");
        assertEquals(0, annotate.code(), annotate.err());
        assertTrue(annotate.err().contains("warning: stage actor-tables reads mentions, article_stats, which this run rewrites"),
                annotate.err());
        assertTrue(annotate.err().contains("warning: stage sentiment-tables reads mentions"), annotate.err());
        assertEquals(mentions, checksum(out, "mentions"), "same articles, same mentions");

        Cli.Result from = Cli.run("run", "--output", out.toString(), "--from", "sentiment-tables");
        assertEquals(0, from.code(), from.err());
        assertTrue(from.out().contains("(stages sentiment-tables, displacement-events, trends)"), from.out());
        assertEquals(sentiment, checksum(out, "actor_sentiment"));
    }

    @Test
    void aStageWhoseInputTablesAreMissingStopsBeforeAnyWork() {
        Path empty = tmp.resolve("empty");
        Cli.Result r = Cli.run("run", "--output", empty.toString(), "--stages", "actor-tables");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("stage actor-tables reads table mentions"), r.err());
        assertFalse(org.newsframe.Cli.hasTable(empty, "cooccurrence"));

        Cli.Result noInput = Cli.run("run", "--output", empty.toString());
        assertEquals(2, noInput.code());
        assertTrue(noInput.err().contains("--input is required when the ingest stage runs"), noInput.err());

        Cli.Result typo = Cli.run("run", "--output", empty.toString(), "--stages", "actors");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("no stage named 'actors'"), typo.err());
    }

    @Test
    void theFullRunReportsIngestFactsInTheManifest() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, String.join("\n", CORPUS) + "\n{\"id\": \"s3\"}\n");
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", "--input", in.toString(), "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 records read = 2 articles + 1 rejects (missing_text: 1)"), r.out());
        JsonNode m = manifest(out, runId(r.out()));
        assertEquals(3, m.get("records_read").asLong());
        assertEquals(1, m.get("rejects_by_reason").get("missing_text").asLong());
        assertTrue(m.get("reconciled").asBoolean());
        assertEquals(6, m.get("stages").size());
    }

    @Test
    void switchedOffComponentsWriteNoTableAndLeaveTheirColumnsNull() throws IOException {
        Path out = Cli.runCorpus(tmp, CORPUS);
        Path in = tmp.resolve("in.jsonl");
        assertTrue(org.newsframe.Cli.hasTable(out, "actor_relations"));
        Cli.Result all = Cli.run("run", "--input", in.toString(), "--output", out.toString(),
                "--set", "annotate.components=[mentions, figures]");
        assertEquals(2, all.code(), "actor-tables needs article_stats: " + all.out());
        assertTrue(all.err().contains("reads table article_stats"), all.err());

        Cli.Result r = Cli.run("run", "--input", in.toString(), "--output", out.toString(), "--stages",
                "ingest,annotate,displacement-events", "--set", "annotate.components=[mentions, figures]");
        assertEquals(0, r.code(), r.err());
        assertFalse(org.newsframe.Cli.hasTable(out, "actor_relations"), "the earlier run's table is removed, not left stale");
        assertFalse(org.newsframe.Cli.hasTable(out, "article_stats"));
        assertFalse(Files.exists(out.resolve("actor_relations")));
        assertTrue(table(out, "mentions").count() > 0);
        assertEquals(0, table(out, "mentions").filter("sentiment IS NOT NULL").count());
        assertEquals(1, table(out, "displacement").count());
        assertEquals(1, table(out, "displacement_events").count());
    }
}
