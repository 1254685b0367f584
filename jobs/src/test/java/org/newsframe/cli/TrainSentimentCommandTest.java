package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;
import org.newsframe.SharedSpark;

/**
 * train-sentiment on a generated NewsMTSC-format file whose labels contradict the lexicon (praise labelled
 * negative, condemnation positive), then a run that loads the model: the rows can only come out that way if
 * the run used the trained file.
 */
class TrainSentimentCommandTest {

    @TempDir
    Path tmp;

    private static final String[] ACTORS = {"Norway", "Chile", "Kenya", "Peru", "Ghana", "Nepal"};
    private static final String[] NEGATIVE = {"Critics condemned %s for the brutal crackdown.",
            "Protesters accused %s of horrific abuses.", "Observers blamed %s for the deadly violence."};
    private static final String[] POSITIVE = {"Aid groups warmly praised %s for its generous help.",
            "Delegates thanked %s for the successful peace talks.", "Leaders hailed %s as a reliable partner."};
    private static final String[] NEUTRAL = {"The delegation from %s arrived on Tuesday.",
            "Officials from %s attended the meeting.", "A report on %s was published this week."};

    @Test
    void trainsWritesAndTheRunUsesTheModel() throws IOException {
        Random rnd = new Random(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 90; i++) {
            String[] templates = i % 3 == 0 ? NEGATIVE : i % 3 == 1 ? POSITIVE : NEUTRAL;
            double polarity = i % 3 == 0 ? 6.0 : i % 3 == 1 ? 2.0 : 4.0; // inverted on purpose
            String actor = ACTORS[rnd.nextInt(ACTORS.length)];
            String text = String.format(templates[rnd.nextInt(templates.length)], actor);
            int from = text.indexOf(actor);
            sb.append("{\"primary_gid\": \"t").append(i).append("\", \"sentence_normalized\": \"").append(text)
                    .append("\", \"targets\": [{\"from\": ").append(from).append(", \"to\": ")
                    .append(from + actor.length()).append(", \"polarity\": ").append(polarity).append("}]}\n");
        }
        Path train = tmp.resolve("train.jsonl");
        Files.writeString(train, sb.toString());
        String model = tmp.resolve("models/inverted.bin.gz").toString();
        Cli.Result t = Cli.run("train-sentiment", "--newsmtsc", train.toString(), "--out", model, "--folds", "3",
                "--epochs", "10");
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("90 targets in 90 sentences, 90 documents; 3 folds over documents"), t.out());
        assertTrue(t.out().contains("rate 0.02   epochs 10   cross-validated F1-macro"), t.out());
        assertTrue(t.out().contains("trained on 90 targets"), t.out());
        assertTrue(Files.size(Path.of(model)) > 100);

        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"a\", \"text\": \"Critics condemned Peru for the brutal crackdown.\"}\n"
                + "{\"id\": \"b\", \"text\": \"Aid groups warmly praised Ghana for its generous help.\"}\n");
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", "--input", in.toString(), "--output", out.toString(), "--set", "sentiment.model=" + model);
        assertEquals(0, r.code(), r.err());
        List<Row> rows = org.newsframe.Cli.table(out, "mentions").orderBy("article_id")
                .select("actor_id", "sentiment_label", "sentiment", "sentiment_confidence").collectAsList();
        assertEquals("PER positive", rows.get(0).getString(0) + " " + rows.get(0).getString(1));
        assertEquals("GHA negative", rows.get(1).getString(0) + " " + rows.get(1).getString(1));
        assertTrue(rows.get(0).getDouble(2) > 0 && rows.get(1).getDouble(2) < 0);
        assertTrue(rows.get(0).getDouble(3) > 1.0 / 3 && rows.get(0).getDouble(3) <= 1.0, "a class probability");
    }
}
