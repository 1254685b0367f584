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

    @Test
    void aTenthAreSyndicatedCopiesThatNameTheirOriginal() {
        SyntheticCorpus c = new SyntheticCorpus(5);
        java.util.Map<String, SyntheticCorpus.Article> byId = new java.util.HashMap<>();
        int copies = 0;
        for (int i = 0; i < 2000; i++) {
            SyntheticCorpus.Article a = c.next(i);
            byId.put(a.id(), a);
            if (a.copyOf() != null) {
                copies++;
                SyntheticCorpus.Article of = byId.get(a.copyOf());
                assertTrue(of != null && of.copyOf() == null, "a copy names an earlier original: " + a.copyOf());
                assertNotEquals(of.source(), a.source());
                String body = of.text().substring(0, of.text().length() / 2);
                assertTrue(a.text().replace("told reporters", "said").contains(body.substring(0, body.lastIndexOf(' '))), a.text());
            }
        }
        assertTrue(copies > 150 && copies < 250, copies + " copies in 2,000");
    }
}
