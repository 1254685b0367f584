package org.newsframe.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;
import org.newsframe.SharedSpark;

/** mentions → cooccurrence and actors on a corpus small enough to count by hand. */
class ActorTablesStageTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void run() throws IOException {
        out = Cli.runCorpus(tmp,
                "{\"id\": \"A\", \"published\": \"2021-10-09\", \"text\": \"The Taliban met U.S. envoys in Doha. Pakistan urged the Taliban to talk. Officials were silent.\"}",
                "{\"id\": \"B\", \"published\": \"2021-10-09\", \"text\": \"The Taliban and Pakistan traded blame. The United States said nothing.\"}",
                "{\"id\": \"C\", \"text\": \"Hamas and Israel agreed.\"}");
    }

    private static Dataset<Row> table(String name) {
        return org.newsframe.Cli.table(out, name);
    }

    private static Row pair(String window, String a, String b) {
        List<Row> rows = table("cooccurrence")
                .filter("window = '" + window + "' AND actor_a = '" + a + "' AND actor_b = '" + b + "'").collectAsList();
        assertEquals(1, rows.size(), window + " " + a + " " + b);
        return rows.get(0);
    }

    @Test
    void sentenceWindowCountsAndNpmiAgainstAllSentencesOfTheDay() {
        Row r = pair("sentence", "PAK", "TALIBAN");
        assertEquals(2L, (long) r.getAs("n_cooccurrences"));
        assertEquals(2L, (long) r.getAs("n_articles"));
        assertEquals(5L, (long) r.getAs("n_windows"), "3 + 2 sentences that day, with or without mentions");
        assertEquals(2L, (long) r.getAs("n_a"));
        assertEquals(3L, (long) r.getAs("n_b"));
        assertEquals(Math.log(5.0 / 3.0) / Math.log(2.5), (double) r.getAs("npmi"), 1e-9);
        assertEquals(5.0 / 3.0, (double) r.getAs("lift"), 1e-9);
        assertEquals("Pakistan", r.getAs("actor_a_name"));
        Row tu = pair("sentence", "TALIBAN", "USA");
        assertEquals(1L, (long) tu.getAs("n_cooccurrences"));
        assertEquals(0, table("cooccurrence").filter("actor_a = 'LOC_DOHA' OR actor_b = 'LOC_DOHA'").count(),
                "locations are left out of co-occurrence by default");
    }

    @Test
    void documentWindowAndUndatedArticles() {
        Row r = pair("document", "PAK", "USA");
        assertEquals(2L, (long) r.getAs("n_cooccurrences"));
        assertEquals(2L, (long) r.getAs("n_windows"));
        assertEquals(1.0, (double) r.getAs("npmi"), 1e-12, "together in every window");
        Row undated = pair("sentence", "HAMAS", "ISR");
        assertNull(undated.getAs("pub_date"));
        assertEquals(1L, (long) undated.getAs("n_windows"));
    }

    @Test
    void actorsTableCountsMentionsArticlesAndSurfaceForms() {
        Row taliban = table("actors").filter("actor_id = 'TALIBAN'").first();
        assertEquals(3L, (long) taliban.getAs("n_mentions"));
        assertEquals(2L, (long) taliban.getAs("n_articles"));
        assertEquals("ARMED_GROUP", taliban.getAs("actor_type"));
        Row usa = table("actors").filter("actor_id = 'USA'").first();
        assertEquals(List.of("U.S.", "United States"), usa.getList(usa.fieldIndex("surface_forms")));
        assertEquals(10L, table("mentions").count());
        Row stats = table("article_stats").filter("article_id = 'A'").first();
        assertEquals(3, (int) stats.getAs("n_sentences"));
        assertEquals(5, (int) stats.getAs("n_mentions"), "Taliban, U.S., Doha, Pakistan, Taliban");
    }
}
