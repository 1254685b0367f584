package org.newsframe.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;
import org.newsframe.SharedSpark;

/**
 * Articles keep their language; the English-trained components read only {@code language.annotate} (and
 * {@code und}), and the manifest counts what they passed by. Articles written here.
 */
class AnnotateLanguageTest {

    @TempDir
    Path tmp;

    private static final String FRENCH = "Plus de 2 000 personnes ont fui les combats autour de Kinshasa, selon les Nations"
            + " unies, et se sont réfugiées dans les écoles du quartier depuis jeudi, a indiqué la mairie dans un communiqué.";
    private static final String ENGLISH = "More than 2,000 people fled the fighting around Kabul, the United Nations said on"
            + " Thursday, and the Taliban told the families who were displaced that they could return to their homes soon.";

    private Map<String, Row> articles(Path out) {
        Map<String, Row> m = new TreeMap<>();
        for (Row r : org.newsframe.Cli.table(out, "articles").collectAsList()) {
            m.put(r.getAs("article_id"), r);
        }
        return m;
    }

    @Test
    void aFrenchArticleIsKeptAndCountedButNotReadByTheEnglishComponents() throws IOException {
        Path in = tmp.resolve("mixed.jsonl");
        Files.writeString(in, "{\"id\": \"en1\", \"text\": \"" + ENGLISH + "\", \"published\": \"2021-10-09\"}\n"
                + "{\"id\": \"fr1\", \"text\": \"" + FRENCH + "\", \"published\": \"2021-10-09\"}\n"
                + "{\"id\": \"short\", \"text\": \"Taliban enter Kabul\", \"published\": \"2021-10-09\"}\n");
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", "--input", in.toString(), "--output", out.toString(), "--stages", "ingest,annotate");
        assertEquals(0, r.code(), r.err());

        Map<String, Row> a = articles(out);
        assertEquals("en", a.get("en1").getAs("lang"));
        assertEquals("fr", a.get("fr1").getAs("lang"));
        assertEquals("und", a.get("short").getAs("lang"));
        assertTrue((double) a.get("fr1").getAs("lang_confidence") >= 0.9);
        assertEquals(0.0, (double) a.get("short").getAs("lang_confidence"));

        List<String> withMentions = org.newsframe.Cli.table(out, "mentions")
                .select("article_id").distinct().orderBy("article_id").collectAsList().stream().map(x -> x.getString(0)).toList();
        assertEquals(List.of("en1", "short"), withMentions, "und is read, French is not");
        assertEquals(3L, org.newsframe.Cli.table(out, "article_stats").count(),
                "sizes are counted in every language");
        assertEquals(0L, org.newsframe.Cli.table(out, "displacement")
                .filter("article_id = 'fr1'").count());

        String manifest = Files.readString(Files.list(out.resolve("_runs")).filter(p -> p.toString().endsWith(".json"))
                .findFirst().orElseThrow());
        assertTrue(manifest.replaceAll("\\s+", "").contains("\"articles_skipped_by_language\":{\"fr\":1}"), manifest);
        assertTrue(manifest.replaceAll("\\s+", "").contains("\"articles_by_language\":{\"en\":1,\"fr\":1,\"und\":1}"), manifest);
    }

    @Test
    void languageAnnotateWidensWhatTheComponentsReadAndNoneTurnsDetectionOff() throws IOException {
        Path in = tmp.resolve("fr.jsonl");
        Files.writeString(in, "{\"id\": \"fr1\", \"text\": \"" + FRENCH + "\"}\n");
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("run", "--input", in.toString(), "--output", out.toString(), "--stages", "ingest,annotate",
                "--set", "language.annotate=[en,fr]").code());
        assertTrue(org.newsframe.Cli.table(out, "mentions").count() > 0,
                "French read when listed: Kinshasa is a place the dictionary knows");
        Path out2 = tmp.resolve("out2");
        assertEquals(0, Cli.run("run", "--input", in.toString(), "--output", out2.toString(), "--stages", "ingest",
                "--set", "language.detector=none").code());
        assertEquals("und", articles(out2).get("fr1").getAs("lang"));
        Cli.Result bad = Cli.run("run", "--input", in.toString(), "--output", tmp.resolve("out3").toString(),
                "--set", "language.detector=cld3");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("newsframe.language.detector"), bad.err());
    }
}
