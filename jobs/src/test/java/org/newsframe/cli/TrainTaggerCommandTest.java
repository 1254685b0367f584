package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;

/** train-tagger on a CoNLL file written here: trains, holds out, scores, is deterministic; a bad model path is a usage error. */
class TrainTaggerCommandTest {

    @TempDir
    Path tmp;

    private static final String[] FIRST = {"Amina", "Tomas", "Lina", "Rafael", "Mei", "Omar", "Sara", "Ivan"};
    private static final String[] LAST = {"Osei", "Berg", "Haddad", "Costa", "Tanaka", "Farouk", "Lind", "Petrov"};
    private static final String[] CITIES = {"Kisumu", "Tromso", "Aleppo", "Recife", "Sapporo", "Mosul", "Gdansk", "Quito"};

    private Path conll() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < 20; d++) {
            sb.append("-DOCSTART- -X- -X- O\n\n");
            for (int s = 0; s < 4; s++) {
                int i = (d * 4 + s) % FIRST.length;
                int j = (d + s * 3) % CITIES.length;
                sb.append(FIRST[i]).append(" NNP B-NP B-PER\n").append(LAST[(i + d) % LAST.length]).append(" NNP I-NP I-PER\n")
                  .append("arrived VBD B-VP O\nin IN B-PP O\n").append(CITIES[j]).append(" NNP B-NP B-LOC\n")
                  .append("on IN B-PP O\nMonday NNP B-NP O\n. . O O\n\n");
            }
        }
        Path p = tmp.resolve("train.conll");
        Files.writeString(p, sb.toString());
        return p;
    }

    @Test
    void trainsHoldsOutScoresAndIsDeterministic() throws IOException {
        Path data = conll();
        Path a = tmp.resolve("a.bin.gz");
        Path b = tmp.resolve("b.bin.gz");
        Cli.Result r = Cli.run("train-tagger", "--conll", data.toString(), "--hold-out", "5", "--epochs", "4", "--bits", "16",
                "--out", a.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("16 documents for training (4 held out), 64 sentences, 512 tokens"), r.out());
        assertTrue(r.out().contains("held out: every 5th document"), r.out());
        assertTrue(r.out().contains("micro PER/ORG/LOC     1.000     1.000     1.000"), r.out());
        assertEquals(0, Cli.run("train-tagger", "--conll", data.toString(), "--hold-out", "5", "--epochs", "4", "--bits", "16",
                "--out", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same data and seed, same model");

        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"t1\", \"text\": \"Mei Petrov arrived in Quito on Monday.\"}\n");
        Cli.Result run = Cli.run("run", "--input", in.toString(), "--output", tmp.resolve("out").toString(),
                "--stages", "ingest,annotate", "--set", "actors.tagger=" + a);
        assertEquals(0, run.code(), run.err());
        Cli.Result q = Cli.run("query", "--data", tmp.resolve("out").toString(), "--format", "csv",
                "SELECT text, source FROM mentions ORDER BY begin");
        assertTrue(q.out().contains("Mei Petrov,tagger"), q.out());
    }

    @Test
    void aMissingModelOrBadOptionsAreUsageErrors() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"t1\", \"text\": \"Some text.\"}\n");
        Cli.Result r = Cli.run("run", "--input", in.toString(), "--output", tmp.resolve("o").toString(),
                "--set", "actors.tagger=" + tmp.resolve("no-such-model.bin.gz"));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("newsframe.actors.tagger"), r.err());
        assertEquals(2, Cli.run("train-tagger", "--conll", "x", "--epochs", "0", "--out", "y").code());
    }
}
