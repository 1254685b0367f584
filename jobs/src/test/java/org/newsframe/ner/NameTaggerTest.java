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
        return new TaggerTrainer.Sentence(tokens, tags);
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
        NameTagger tagger = TaggerTrainer.train(data(), 16, 5, 7, null);
        String text = "Mei Tanaka of the Water Board arrived in Aleppo on Monday .";
        List<Token> tokens = TextAnalyzer.analyze(text).tokens();
        String names = tagger.names(tokens, 0, tokens.size(), tagger.workspace()).stream()
                .map(n -> text.substring(n.begin(), n.end()) + "/" + n.type()).collect(Collectors.joining(", "));
        assertEquals("Mei Tanaka/PER, Water Board/ORG, Aleppo/LOC", names);
    }

    @Test
    void trainingIsDeterministicAndTheModelSurvivesARoundTrip() throws IOException {
        NameTagger a = TaggerTrainer.train(data(), 14, 3, 11, null);
        NameTagger b = TaggerTrainer.train(data(), 14, 3, 11, null);
        assertArrayEquals(a.weights, b.weights);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.write(bytes);
        NameTagger c = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertArrayEquals(a.weights, c.weights);
        assertArrayEquals(a.transitions, c.transitions);
        assertEquals(a.bits, c.bits);
    }

    @Test
    void decodingNeverStartsANameInside() {
        NameTagger tagger = TaggerTrainer.train(data(), 14, 2, 3, null);
        NameTagger.Workspace ws = tagger.workspace();
        for (String text : List.of("of the arrived in", "Board Crescent Union", "Monday Monday Kisumu Osei", "x")) {
            List<Token> tokens = TextAnalyzer.analyze(text).tokens();
            int[] tags = tagger.tag(tokens, 0, tokens.size(), ws, new int[tokens.size()]);
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
