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
import org.newsframe.ner.WordClusters;

/** train-clusters on a corpus written here: writes clusters of the asked sizes, the same bytes twice; bad options are usage errors. */
class TrainClustersCommandTest {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        StringBuilder sb = new StringBuilder();
        String[] cities = {"Kisumu", "Tromso", "Recife", "Quito"};
        for (int i = 0; i < 60; i++) {
            sb.append("{\"id\": \"a").append(i).append("\", \"text\": \"Families fled ").append(cities[i % 4])
              .append(" on Monday. Convoys left ").append(cities[(i + 1) % 4]).append(" for the camps. The council met on Friday.\"}\n");
        }
        Path p = tmp.resolve("news.jsonl");
        Files.writeString(p, sb.toString());
        return p;
    }

    @Test
    void writesClustersDeterministically() throws IOException {
        Path in = corpus();
        Path a = tmp.resolve("a.tsv.gz");
        Path b = tmp.resolve("b.tsv.gz");
        String[] args = {"train-clusters", "--unlabeled", in.toString(), "--sizes", "2,3", "--vector-size", "8", "--min-count", "3",
            "--set", "spark.ui.enabled=false", "--master", "local[1]"};
        Cli.Result r = Cli.run(concat(args, "--out", a.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("60 texts, 180 sentences"), r.out());
        assertEquals(0, Cli.run(concat(args, "--out", b.toString())).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        WordClusters c = WordClusters.read(a);
        assertArrayEquals(new int[] {2, 3}, c.sizes());
        assertTrue(c.cluster("kisumu", 1) >= 0);
        assertEquals(-1, c.cluster("zebra", 0));
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        assertEquals(2, Cli.run("train-clusters", "--unlabeled", corpus().toString(), "--vector-size", "2", "--out", "x").code());
        assertEquals(3, Cli.run("train-clusters", "--unlabeled", tmp.resolve("none.jsonl").toString(), "--out", "x").code());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
