package org.newsframe.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordVectorsTest {

    private static WordVectors table() {
        return WordVectors.of(List.of("bad", "good"), List.of(new float[] {-1f, 0.5f, 0f}, new float[] {1f, 0.25f, -0.5f}),
                new float[] {0f, 0.4f, -0.2f}, new float[] {1f, 0.1f, 0.3f}, List.of("made for a test"));
    }

    @Test
    void vectorsSurviveInt8QuantisationWithinOneStep() {
        WordVectors t = table();
        float[] good = t.vector("good");
        assertEquals(1f, good[0], 1f / 127);
        assertEquals(0.25f, good[1], 1f / 127);
        assertEquals(-0.5f, good[2], 1f / 127);
        assertNull(t.vector("ugly"));
        float[] sum = new float[3];
        assertTrue(t.addTo("bad", sum));
        assertTrue(t.addTo("good", sum));
        assertFalse(t.addTo("ugly", sum));
        assertEquals(0f, sum[0], 2f / 127);
        assertEquals(0.75f, sum[1], 2f / 127);
    }

    @Test
    void aWrittenTableReadsBackTheSameAndWritesTheSameBytes() throws IOException {
        WordVectors t = table();
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        t.write(a);
        WordVectors back = WordVectors.read(new ByteArrayInputStream(a.toByteArray()));
        assertEquals(t.fingerprint(), back.fingerprint());
        assertEquals(List.of("made for a test"), back.header());
        assertArrayEquals(t.vector("bad"), back.vector("bad"));
        assertArrayEquals(new float[] {1f, 0.1f, 0.3f}, back.sd());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        back.write(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }

    @Test
    void anotherTableHasAnotherFingerprint() {
        WordVectors other = WordVectors.of(List.of("bad", "good"), List.of(new float[] {-1f, 0.5f, 0f}, new float[] {1f, 0.25f, 0.5f}),
                new float[] {0f, 0.4f, -0.2f}, new float[] {1f, 0.1f, 0.3f}, List.of());
        assertNotEquals(table().fingerprint(), other.fingerprint());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WordVectors.of(List.of("good", "bad"),
                List.of(new float[1], new float[1]), new float[1], new float[] {1f}, List.of()));
        assertThrows(IllegalArgumentException.class, () -> WordVectors.of(List.of("a"),
                List.<float[]>of(new float[1]), new float[1], new float[] {0f}, List.of()));
        assertThrows(IOException.class, () -> WordVectors.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    }

    @Test
    void theBuiltinTableCoversNewsWords() {
        WordVectors t = WordVectors.builtin();
        assertEquals(MiniLmEncoder.DIM, t.dim());
        for (String w : List.of("the", "government", "condemned", "praised", "<num>")) {
            assertTrue(t.vector(w) != null, w);
        }
    }
}
