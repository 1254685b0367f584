package org.newsframe.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Word clusters: look-up, the file format both ways (and inside a model), refusals, the shipped clusters. */
class WordClustersTest {

    private static final WordClusters SMALL = WordClusters.of(new int[] {2, 4},
            Map.of("aleppo", new int[] {0, 1}, "homs", new int[] {0, 1}, "monday", new int[] {1, 3}));

    @Test
    void looksUpEachLevelAndKnowsUnknownWords() {
        assertEquals(2, SMALL.levels());
        assertEquals(1, SMALL.cluster("homs", 1));
        assertEquals(3, SMALL.cluster("monday", 1));
        assertEquals(-1, SMALL.cluster("kisumu", 0));
        assertArrayEquals(new int[] {2, 4}, SMALL.sizes());
    }

    @Test
    void theFileAndTheModelSectionReadBackTheSameClusters() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SMALL.write(bytes, "a header line");
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("# a header line\n# sizes: 2 4\naleppo\t0\t1\nhoms\t0\t1\nmonday\t1\t3\n", text);
        WordClusters back = WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, back.words());
        assertEquals(3, back.cluster("monday", 1));

        ByteArrayOutputStream bin = new ByteArrayOutputStream();
        SMALL.writeBinary(new java.io.DataOutputStream(bin));
        WordClusters fromModel = WordClusters.readBinary(new java.io.DataInputStream(new ByteArrayInputStream(bin.toByteArray())));
        assertEquals(1, fromModel.cluster("aleppo", 1));
        assertEquals(-1, fromModel.cluster("paris", 1));
    }

    @Test
    void refusesIdsOutsideTheirLevelAndFilesWithoutSizes() {
        assertThrows(IllegalArgumentException.class, () -> WordClusters.of(new int[] {2}, Map.of("x", new int[] {2})));
        assertThrows(IllegalArgumentException.class, () -> WordClusters.of(new int[] {2, 4}, Map.of("x", new int[] {1})));
        IOException e = assertThrows(IOException.class,
                () -> WordClusters.read(new ByteArrayInputStream("aleppo\t0\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("sizes"), e.getMessage());
    }

    @Test
    void theShippedClustersPutPlacesWithPlacesAndDaysWithDays() {
        WordClusters c = WordClusters.builtin();
        assertTrue(c.words() > 10_000, "words: " + c.words());
        int fine = c.levels() - 1;
        assertEquals(c.cluster("monday", fine), c.cluster("thursday", fine));
        assertEquals(c.cluster("aleppo", fine), c.cluster("homs", fine));
        assertTrue(c.cluster("aleppo", fine) != c.cluster("monday", fine));
    }
}
