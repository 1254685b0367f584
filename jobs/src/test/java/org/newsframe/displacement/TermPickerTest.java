package org.newsframe.displacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

/** Labels before a number and projections, read on the tokens of sentences written for these tests. */
class TermPickerTest {

    private static List<Token> tokens(String text) {
        AnalyzedText t = TextAnalyzer.analyze(text);
        return t.tokens();
    }

    private static int at(List<Token> tokens, String text) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void aLabelNamesTheTermAndWhatIsCounted() {
        List<Token> t = tokens("Houses destroyed: 214; people evacuated: 6,400.");
        TermPicker.Label houses = TermPicker.label(t, at(t, "214"), 0);
        assertEquals(Term.DESTROYED_HOUSING, houses.term());
        assertEquals(CountedNoun.HOUSING, houses.kind());
        TermPicker.Label people = TermPicker.label(t, at(t, "6,400"), 0);
        assertEquals(Term.EVACUATED, people.term());
        assertEquals(CountedNoun.PEOPLE, people.kind());
        List<Token> dated = tokens("Displaced persons (as of 15 Nov): 58 312.");
        assertEquals(Term.DISPLACED, TermPicker.label(dated, at(dated, "58"), 0).term());
    }

    @Test
    void noLabelWithoutAColonOrADisplacementWord() {
        List<Token> t = tokens("Schools closed: 14; individuals: 1,690.");
        assertNull(TermPicker.label(t, at(t, "14"), 0));
        assertNull(TermPicker.label(t, at(t, "1,690"), 0));
        List<Token> plain = tokens("Some 300 people were displaced.");
        assertNull(TermPicker.label(plain, at(plain, "300"), 0));
    }

    @Test
    void aHedgeMakesAProjectionAndANegationNone() {
        List<Token> could = tokens("Up to 200,000 people could be displaced.");
        int n = at(could, "200,000");
        assertEquals("could", TermPicker.projection(could, n, n + 2, 0, could.size()));
        List<Token> plan = tokens("Authorities plan to evacuate 5,000 residents.");
        int p = at(plan, "5,000");
        assertEquals("plan", TermPicker.projection(plan, p, p + 2, 0, plan.size()));
        List<Token> not = tokens("Some 40 people were not displaced.");
        int q = at(not, "40");
        assertNull(TermPicker.projection(not, q, q + 2, 0, not.size()));
    }
}
