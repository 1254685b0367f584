package org.newsframe.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

/** The tagger learns from sentences generated here, decodes valid BIO only, and survives a round trip. */
class NameTaggerTest {

    private static final String[] PEOPLE = {"Amina Osei", "Tomas Berg", "Lina Haddad", "Rafael Costa", "Mei Tanaka", "Omar Farouk"};
    private static final String[] PLACES = {"Kisumu", "Tromso", "Aleppo", "Recife", "Sapporo", "Mosul"};
    private static final String[] ORGS = {"Red Crescent", "World Bank", "Relief Agency", "Farmers Union", "Water Board", "Press Council"};

    /** "Amina Osei of the Red Crescent arrived in Kisumu on Monday." with its tags. */
    private static TaggerTrainer.Sentence sentence(String person, String org, String place) {
        String text = person + " of the " + org + " arrived in " + place + " on Monday .";
        List<Token> tokens = TextAnalyzer.analyze(text).tokens();
        int[] tags = new int[tokens.size()];
        mark(tokens, tags, text.indexOf(person), person.length(), 0);
        mark(tokens, tags, text.indexOf(org), org.length(), 1);
        mark(tokens, tags, text.indexOf(place), place.length(), 2);
        return new TaggerTrainer.Sentence(tokens, tags, null);
    }

    private static void mark(List<Token> tokens, int[] tags, int begin, int length, int type) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.begin() >= begin && t.end() <= begin + length) {
                tags[i] = t.begin() == begin ? Tags.begin(type) : Tags.inside(type);
            }
        }
    }

    private static List<TaggerTrainer.Sentence> data() {
        List<TaggerTrainer.Sentence> out = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            for (int j = 0; j < PLACES.length; j++) {
                if ((i + j) % 3 != 0) { // leave some combinations unseen
                    out.add(sentence(PEOPLE[i], ORGS[j], PLACES[(i + j) % PLACES.length]));
                }
            }
        }
        return out;
    }

    @Test
    void learnsNamesAndTagsAnUnseenSentence() {
        NameTagger tagger = TaggerTrainer.train(data(), 16, 5, 7, null, false, null);
        String text = "Mei Tanaka of the Water Board arrived in Aleppo on Monday .";
        List<Token> tokens = TextAnalyzer.analyze(text).tokens();
        String names = tagger.names(tokens, 0, tokens.size(), null, tagger.workspace()).stream()
                .map(n -> text.substring(n.begin(), n.end()) + "/" + n.type()).collect(Collectors.joining(", "));
        assertEquals("Mei Tanaka/PER, Water Board/ORG, Aleppo/LOC", names);
    }

    @Test
    void trainingIsDeterministicAndTheModelSurvivesARoundTrip() throws IOException {
        NameTagger a = TaggerTrainer.train(data(), 14, 3, 11, null, false, null);
        NameTagger b = TaggerTrainer.train(data(), 14, 3, 11, null, false, null);
        assertArrayEquals(a.weights, b.weights);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.write(bytes);
        NameTagger c = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertArrayEquals(a.weights, c.weights);
        assertArrayEquals(a.transitions, c.transitions);
        assertEquals(a.bits, c.bits);
    }

    @Test
    void aModelWithClustersAndGazetteerCodesKeepsThemThroughARoundTrip() throws IOException {
        WordClusters clusters = WordClusters.of(new int[] {2, 3}, java.util.Map.of("kisumu", new int[] {0, 1},
                "mosul", new int[] {0, 1}, "monday", new int[] {1, 2}));
        List<TaggerTrainer.Sentence> data = new ArrayList<>();
        for (TaggerTrainer.Sentence s : data()) {
            org.newsframe.text.AnalyzedText a = TextAnalyzer.analyze(s.tokens().stream().map(Token::text).collect(Collectors.joining(" ")));
            data.add(new TaggerTrainer.Sentence(a.tokens(), s.tags(), NameHints.builtin().codes(a)));
        }
        NameTagger a = TaggerTrainer.train(data, 14, 3, 5, clusters, true, null);
        assertTrue(a.usesHints());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.write(bytes);
        NameTagger b = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("2^14 feature rows, 3 words in clusters of [2, 3], gazetteer codes, one pass", b.describe());
        assertArrayEquals(a.weights, b.weights);
        String text = "Omar Farouk of the Press Council arrived in Mosul on Monday .";
        org.newsframe.text.AnalyzedText t = TextAnalyzer.analyze(text);
        assertEquals(a.names(t), b.names(t));
        assertEquals("Mosul", b.names(t).stream().filter(n -> n.type().equals("LOC")).map(n -> text.substring(n.begin(), n.end()))
                .findFirst().orElse(""));
    }

    @Test
    void aTwoPassModelTagsWithItsSecondPassAndKeepsItThroughARoundTrip() throws IOException {
        List<List<TaggerTrainer.Sentence>> documents = new ArrayList<>();
        List<TaggerTrainer.Sentence> all = data();
        for (int d = 0; d < all.size(); d += 3) {
            documents.add(all.subList(d, Math.min(all.size(), d + 3)));
        }
        NameTagger a = TaggerTrainer.trainTwoPass(documents, 14, 3, 5, null, false, null);
        assertTrue(a.describe().endsWith("a second, document-level pass"), a.describe());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.write(bytes);
        NameTagger b = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertArrayEquals(a.second.weights, b.second.weights);
        String text = "Omar Farouk of the Press Council arrived in Mosul on Monday . Farouk left .";
        org.newsframe.text.AnalyzedText t = TextAnalyzer.analyze(text);
        assertEquals(a.names(t), b.names(t));
        assertEquals("Omar Farouk/PER Press Council/ORG Mosul/LOC Farouk/PER", b.names(t).stream()
                .map(n -> text.substring(n.begin(), n.end()) + "/" + n.type()).collect(Collectors.joining(" ")));
    }

    @Test
    void wordsOfOneClusterShareTheClusterFeatures() {
        WordClusters clusters = WordClusters.of(new int[] {2, 3}, java.util.Map.of("kisumu", new int[] {0, 1},
                "mosul", new int[] {0, 1}, "monday", new int[] {1, 2}));
        TaggerFeatures f = new TaggerFeatures(16, clusters, false);
        assertEquals(TaggerFeatures.BASE + 6, f.perToken());
        int[] kisumu = f.extract(TextAnalyzer.analyze("in Kisumu").tokens(), 1, 2, null, null).clone();
        int[] mosul = f.extract(TextAnalyzer.analyze("in Mosul").tokens(), 1, 2, null, null).clone();
        int[] monday = f.extract(TextAnalyzer.analyze("in Monday").tokens(), 1, 2, null, null).clone();
        int first = TaggerFeatures.BASE;
        for (int k = first; k < first + 3; k++) {
            assertEquals(kisumu[k], mosul[k], "cluster feature " + k);
            assertTrue(kisumu[k] != monday[k], "cluster feature " + k);
        }
        assertTrue(kisumu[1] != mosul[1], "the word features differ");
    }

    @Test
    void decodingNeverStartsANameInside() {
        NameTagger tagger = TaggerTrainer.train(data(), 14, 2, 3, null, false, null);
        NameTagger.Workspace ws = tagger.workspace();
        for (String text : List.of("of the arrived in", "Board Crescent Union", "Monday Monday Kisumu Osei", "x")) {
            List<Token> tokens = TextAnalyzer.analyze(text).tokens();
            int[] tags = tagger.tag(tokens, 0, tokens.size(), null, ws, new int[tokens.size()]);
            for (int i = 0; i < tags.length; i++) {
                assertTrue(Tags.allowed(i == 0 ? -1 : tags[i - 1], tags[i]), text + ": " + Tags.name(tags[i]) + " at " + i);
            }
        }
        assertFalse(Tags.allowed(-1, Tags.inside(0)));
        assertFalse(Tags.allowed(Tags.begin(1), Tags.inside(0)));
        assertTrue(Tags.allowed(Tags.begin(0), Tags.inside(0)));
    }

    @Test
    void aFileThatIsNoModelIsRefused() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> NameTagger.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
        assertTrue(e.getMessage() != null);
    }
}
