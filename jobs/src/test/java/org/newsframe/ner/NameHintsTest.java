package org.newsframe.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

/** The gazetteer codes the tagger reads: which dictionary class and place level each token is in, and where names start. */
class NameHintsTest {

    private static int codeOf(AnalyzedText a, int[] codes, String word) {
        List<Token> tokens = a.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return codes[i];
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void marksDictionaryActorsAndGazetteerPlacesWithTheirFirstToken() {
        AnalyzedText a = TextAnalyzer.analyze("Syrian troops shelled Deir ez-Zor, and Turkey and Iraq closed the road to Aleppo on Monday.");
        int[] codes = NameHints.builtin().codes(a);
        assertEquals(2 * 2 + 1, NameHints.dictionary(codeOf(a, codes, "Syrian")), "a country's adjective, first token");
        assertEquals(2 * 1 + 1, NameHints.dictionary(codeOf(a, codes, "Iraq")), "a country's name");
        assertEquals(2 * (1 + 7) + 1, NameHints.dictionary(codeOf(a, codes, "Turkey")), "a country's name that is ambiguous (the bird)");
        assertEquals(0, NameHints.place(codeOf(a, codes, "Turkey")), "countries are the dictionary's, not the gazetteer's");
        int deir = NameHints.place(codeOf(a, codes, "Deir"));
        int zor = NameHints.place(codeOf(a, codes, "Zor"));
        assertEquals(deir, zor + 1, "the same place name: first token one above the others");
        assertEquals(2 * 2, NameHints.place(codeOf(a, codes, "Aleppo")), "a governorate (and a city: the broader level), first token");
        assertEquals(0, codeOf(a, codes, "shelled"));
        assertEquals(0, codeOf(a, codes, "Monday"));
    }
}
