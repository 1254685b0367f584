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

    private static TermPicker.Label label(List<Token> t, String number) {
        int q = at(t, number);
        return TermPicker.label(t, q, q + 1, 0, t.size());
    }

    @Test
    void aLabelNamesTheTermAndWhatIsCounted() {
        List<Token> t = tokens("Houses destroyed: 214; people evacuated: 6,400.");
        TermPicker.Label houses = label(t, "214");
        assertEquals(Term.DESTROYED_HOUSING, houses.term());
        assertEquals(CountedNoun.HOUSING, houses.kind());
        TermPicker.Label people = label(t, "6,400");
        assertEquals(Term.EVACUATED, people.term());
        assertEquals(CountedNoun.PEOPLE, people.kind());
        List<Token> dated = tokens("Displaced persons (as of 15 Nov): 58 312.");
        assertEquals(Term.DISPLACED, label(dated, "58").term());
        List<Token> housing = tokens("Completely destroyed housing: 146");
        assertEquals(Term.DESTROYED_HOUSING, label(housing, "146").term(), "housing is what is counted, not a cue");
        List<Token> shelter = tokens("Damaged houses/shelter 91,808 (out of which around 25% is fully damaged)");
        assertEquals(Term.DAMAGED_HOUSING, label(shelter, "91,808").term(), "the cue that fits the homes counted");
        assertEquals(CountedNoun.HOUSING, label(shelter, "91,808").kind());
        List<Token> heading = tokens("Population evacuated 116129");
        assertEquals(Term.EVACUATED, label(heading, "116129").term());
    }

    @Test
    void aHeadingWithoutAColonIsShortOpensTheSentenceAndEndsAtTheNumber() {
        assertNull(label(tokens("Floods have displaced 3,000"), "3,000"), "a clause, not a heading");
        assertNull(label(tokens("Evacuated 3,000 residents"), "3,000"), "a noun after the number");
        assertNull(label(tokens("Last year the floods displaced up to 3,000"), "3,000"), "too long for a heading");
        assertNull(label(tokens("Schools closed 14"), "14"), "no displacement word");
        assertEquals(TermPicker.COUNTS_OTHER, label(tokens("Evacuation centres 25"), "25"), "centres are counted");
        assertEquals(TermPicker.COUNTS_OTHER, label(tokens("IDP sites: 27; IDP individuals: 48,300"), "27"), "sites are counted");
        assertNull(label(tokens("The evacuation drill at the 40,000-seat stadium"), "40,000"), "no heading");
        assertEquals(Term.SHELTERED, label(tokens("Families in shelters: 300"), "300").term(), "the head is the families");
    }

    @Test
    void noLabelWithoutADisplacementWord() {
        List<Token> t = tokens("Schools closed: 14; individuals: 1,690.");
        assertNull(label(t, "14"));
        TermPicker.Label unit = label(t, "1,690");
        assertNull(unit.term(), "a unit alone names no term: the figure before it in a list gives one");
        assertEquals(CountedNoun.PEOPLE, unit.kind());
        List<Token> plain = tokens("Some 300 people were displaced.");
        assertNull(label(plain, "300"));
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
