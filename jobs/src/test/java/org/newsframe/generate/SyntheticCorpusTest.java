package org.newsframe.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    private static String corpus(long seed, int n) throws IOException {
        StringWriter w = new StringWriter();
        new SyntheticCorpus(seed).write(n, w);
        return w.toString();
    }

    @Test
    void sameSeedSameCorpusOtherSeedOtherCorpus() throws IOException {
        assertEquals(corpus(7, 20), corpus(7, 20));
        assertNotEquals(corpus(7, 20), corpus(8, 20));
    }

    @Test
    void writesOneJsonObjectPerArticle() throws IOException {
        String[] lines = corpus(3, 50).split("\n");
        assertEquals(50, lines.length);
        assertTrue(lines[0].startsWith("{\"id\":\"syn-00000000\",\"title\":"), lines[0]);
        assertTrue(lines[49].contains("\"id\":\"syn-00000049\""));
    }
}
