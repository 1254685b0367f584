package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;
import org.newsframe.text.LigatureRepair;
import org.newsframe.text.NewsWords;
import org.newsframe.text.Tokenizer;

/** train-words on a corpus written here: the list is counted, deterministic, and mends what it should. */
class TrainWordsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void countsTheCorpusWordsDeterministicallyAndTheListMends() throws IOException {
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            corpus.append("{\"id\": \"a").append(i).append("\", \"text\": \"Families fled the flooded villages; ")
                  .append("officials counted them.\"}\n");
        }
        corpus.append("{\"id\": \"b\", \"text\": \"A single mention of quixotic.\"}\n");
        Path jsonl = tmp.resolve("news.jsonl");
        Files.writeString(jsonl, corpus.toString());
        Path a = tmp.resolve("a.tsv.gz");
        Path b = tmp.resolve("b.tsv.gz");
        Cli.Result r = Cli.run("train-words", "--corpus", jsonl.toString(), "--min-count", "2", "--out", a.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("7 texts, 7 words kept"), r.out());
        assertEquals(0, Cli.run("train-words", "--corpus", jsonl.toString(), "--min-count", "2", "--out", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same corpus, same bytes");

        NewsWords words;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(a))) {
            words = NewsWords.read(in);
        }
        assertEquals(6, words.count("fled"));
        assertEquals(0, words.count("quixotic"), "seen once");
        assertEquals(0, words.count("families"), "only capitalised");
        String broken = "They  ed the  ooded villages, o cials said.";
        assertEquals("fled", LigatureRepair.of(words).repair(broken, Tokenizer.tokenize(broken)).get(1).key());
        assertEquals("flooded", LigatureRepair.of(words).repair(broken, Tokenizer.tokenize(broken)).get(3).key());
        assertEquals("officials", LigatureRepair.of(words).repair(broken, Tokenizer.tokenize(broken)).get(6).key());
    }

    @Test
    void aMissingCorpusOrABadCountIsAUsageError() {
        assertEquals(3, Cli.run("train-words", "--corpus", tmp.resolve("none.jsonl").toString(), "--out", tmp.resolve("o.gz").toString()).code());
        assertEquals(2, Cli.run("train-words", "--corpus", "x", "--min-count", "0", "--out", "o").code());
    }
}
