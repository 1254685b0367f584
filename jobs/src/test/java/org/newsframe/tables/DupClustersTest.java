package org.newsframe.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;
import org.newsframe.SharedSpark;

/** A story and its syndicated copy count as two articles and one story in every aggregate table. Texts written here. */
class DupClustersTest {

    @TempDir
    Path tmp;

    private static final String STORY = "The Taliban accused Pakistan of shelling border villages on Friday. More than 40,000"
            + " people have fled their homes in Kunar province since the shelling began, the provincial governor told"
            + " reporters on Sunday, adding that most of the displaced were women and children staying in schools. Aid"
            + " agencies warned that food and clean water were running out in the overcrowded sites.";

    private static String line(String id, String text, String published) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\", \"published\": \"" + published + "\"}\n";
    }

    private Dataset<Row> table(Path out, String name) {
        return org.newsframe.Cli.table(out, name);
    }

    @Test
    void aCopyCountsInNArticlesButNotInNArticlesUnique() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, line("wire", STORY, "2024-06-02")
                + line("copy", "KABUL (Example Daily) - " + STORY + " Reporting by staff.", "2024-06-02")
                + line("other", "The Taliban met Pakistan's envoy in Kabul on Sunday to discuss trade across the border"
                        + " crossing, officials from both sides said after the meeting, which lasted three hours.", "2024-06-02"));
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", "--input", in.toString(), "--output", out.toString(), "--set", "trends.min-mentions=1");
        assertEquals(0, r.code(), r.err());

        Row copy = table(out, "articles").filter("article_id = 'copy'").first();
        assertEquals("copy", copy.getAs("dup_cluster"), "published the same day: the longer copy (dateline and credit) is canonical");
        assertTrue((Boolean) copy.getAs("is_canonical"));
        Row wire = table(out, "articles").filter("article_id = 'wire'").first();
        assertEquals("copy", wire.getAs("dup_cluster"));
        assertEquals(false, wire.getAs("is_canonical"));
        Row other = table(out, "articles").filter("article_id = 'other'").first();
        assertEquals("other", other.getAs("dup_cluster"));

        Row pair = table(out, "cooccurrence").filter("window = 'document' AND actor_a = 'PAK' AND actor_b = 'TALIBAN'").first();
        assertEquals(3L, (long) pair.getAs("n_articles"));
        assertEquals(2L, (long) pair.getAs("n_articles_unique"));
        Row sentiment = table(out, "actor_sentiment").filter("actor_id = 'PAK'").first();
        assertEquals(3L, (long) sentiment.getAs("n_articles"));
        assertEquals(2L, (long) sentiment.getAs("n_articles_unique"));
        Row actor = table(out, "actors").filter("actor_id = 'PAK'").first();
        assertEquals(2L, (long) actor.getAs("n_articles_unique"));
        Row event = table(out, "displacement_events").filter("quantity = 40000").first();
        assertEquals(2L, (long) event.getAs("n_articles"));
        assertEquals(1L, (long) event.getAs("n_articles_unique"));
        Row trend = table(out, "actor_trends").filter("actor_id = 'PAK' AND n_mentions > 0").first();
        assertEquals(3L, (long) trend.getAs("n_articles"));
        assertEquals(2L, (long) trend.getAs("n_articles_unique"));
    }
}
