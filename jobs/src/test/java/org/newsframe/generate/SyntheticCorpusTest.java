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

    @Test
    void realisticArticlesHaveNewsLengthsAndNameActorsInFullBeforeTheirShortForms() {
        SyntheticCorpus c = new SyntheticCorpus(9);
        java.util.List<Integer> words = new java.util.ArrayList<>();
        int shortForms = 0;
        for (int i = 0; i < 2000; i++) {
            SyntheticCorpus.Article a = c.next(i);
            if (a.copyOf() != null) {
                continue;
            }
            words.add(a.text().split("\\s+").length);
            int un = a.text().toLowerCase(java.util.Locale.ROOT).indexOf("the un ");
            if (un >= 0) {
                shortForms++;
                int full = a.text().toLowerCase(java.util.Locale.ROOT).indexOf("the united nations");
                assertTrue(full >= 0 && full < un, "the full name comes first: " + a.text());
            }
        }
        java.util.Collections.sort(words);
        int median = words.get(words.size() / 2);
        int p90 = words.get(words.size() * 9 / 10);
        assertTrue(median >= 500 && median <= 620, "median " + median);
        assertTrue(p90 >= 950 && p90 <= 1300, "p90 " + p90);
        assertTrue(words.get(0) >= 80 && words.get(words.size() - 1) <= 3100, words.get(0) + " … " + words.get(words.size() - 1));
        assertTrue(shortForms > 100, shortForms + " articles use the UN's short form");
        StringWriter shortOnes = new StringWriter();
        try {
            new SyntheticCorpus(9, SyntheticCorpus.Lengths.SHORT).write(1, shortOnes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(shortOnes.toString().split("\\s+").length < 400, "short articles stay short");
    }

    /**
     * The truth written beside realistic articles points at the numbers in the text as ingest stores it
     * (paragraph breaks one character), copies included; short articles carry none.
     */
    @Test
    void realisticArticlesCarryTheirFiguresAtOffsetsOfTheStoredText() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int figures = 0;
        int inCopies = 0;
        int ranges = 0;
        for (String line : corpus(6, 400).split("\n")) {
            com.fasterxml.jackson.databind.JsonNode a = json.readTree(line);
            String stored = org.newsframe.ingest.TextNormalizer.normalize(a.get("text").asText());
            for (com.fasterxml.jackson.databind.JsonNode f : a.get("figures")) {
                String number = stored.substring(f.get("begin").asInt(), f.get("end").asInt());
                assertTrue(number.matches("(?i)(some |about |nearly |more than |up to |at least |an estimated |around )?"
                        + "([0-9][0-9,.]*( million)?|between [0-9,]+ and [0-9,]+|hundreds|thousands|tens of thousands|dozens"
                        + "|three hundred|two thousand|five hundred)"), number + " in " + a.get("id"));
                figures++;
                inCopies += a.has("copy_of") ? 1 : 0;
                ranges += f.get("quantity_max").isNull() ? 0 : 1;
            }
        }
        assertTrue(figures > 4000 && inCopies > 300 && ranges > 150, figures + " figures, " + inCopies + " in copies, " + ranges);
        // short articles are the first generator's, byte for byte (the digest of its output before the truth was added)
        StringWriter shortOnes = new StringWriter();
        new SyntheticCorpus(11, SyntheticCorpus.Lengths.SHORT).write(200, shortOnes);
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        assertEquals("35c4cf74b19f7bc0b97efb155e93b36e39df33f0483ebd124db1935c53a417a7", java.util.HexFormat.of().formatHex(
                sha.digest(shortOnes.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }
}
