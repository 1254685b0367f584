package org.newsframe.displacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

/** The clause phrases as typed data: which phrase matches where, for which nouns, how far. Sentences written here. */
class ClauseTriggersTest {

    private static ClauseTriggers.Found at(String text, String word, int kind) {
        List<Token> t = TextAnalyzer.analyze(text).tokens();
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).text().equals(word)) {
                return ClauseTriggers.at(t, k, t.size(), t.size(), kind);
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void aPhraseGivesItsTermAndEndsAfterItsLastWord() {
        ClauseTriggers.Found f = at("families were forced to flee the town", "forced", CountedNoun.HOUSEHOLDS);
        assertEquals(Term.FLED, f.phrase().term());
        assertEquals(5, f.end());
        assertEquals(Term.EVACUATED, at("people were forced to evacuate", "forced", CountedNoun.PEOPLE).phrase().term());
        assertEquals(Term.REFUGEES, at("people sought refuge in two neighbouring countries", "sought", CountedNoun.PEOPLE).phrase().term());
        assertEquals(Term.SHELTERED, at("people sought refuge in the church", "sought", CountedNoun.PEOPLE).phrase().term());
        assertEquals(Term.DISPLACED, at("people registered as IDPs", "as", CountedNoun.PEOPLE).phrase().term());
    }

    @Test
    void theNounDecidesBetweenATermACasualtyAndNothing() {
        assertEquals(Term.HOMELESS, at("people lost their homes", "lost", CountedNoun.PEOPLE).phrase().term());
        assertEquals(ClauseTriggers.Says.NOTHING, at("houses lost their homes", "lost", CountedNoun.HOUSING).phrase().says());
        assertEquals(ClauseTriggers.Says.CASUALTY, at("people lost their lives", "lost", CountedNoun.PEOPLE).phrase().says());
        assertEquals(Term.DESTROYED_HOUSING, at("homes were washed away", "washed", CountedNoun.HOUSING).phrase().term());
        assertEquals(ClauseTriggers.Says.CASUALTY, at("people were washed away", "washed", CountedNoun.PEOPLE).phrase().says());
        assertEquals(Term.DAMAGED_HOUSING, at("homes partially destroyed", "partially", CountedNoun.HOUSING).phrase().term());
    }

    @Test
    void aPhraseReachesNoFurtherThanItsWindow() {
        List<Token> t = TextAnalyzer.analyze("families left the two small towns").tokens();
        assertNull(ClauseTriggers.at(t, 1, t.size(), t.size(), CountedNoun.HOUSEHOLDS), "'towns' is four words on");
        List<Token> near = TextAnalyzer.analyze("families left the two towns").tokens();
        assertEquals(Term.FLED, ClauseTriggers.at(near, 1, near.size(), near.size(), CountedNoun.HOUSEHOLDS).phrase().term());
        assertNull(ClauseTriggers.at(near, 1, 3, near.size(), CountedNoun.HOUSEHOLDS), "the window ends before 'towns'");
    }

    @Test
    void aComplementBelongsToItsVerbClass() {
        List<Token> t = TextAnalyzer.analyze("to leave").tokens();
        assertEquals(Term.EVACUATED, ClauseTriggers.complement(t, 0, t.size(), "urged").phrase().term());
        assertEquals(Term.FLED, ClauseTriggers.complement(t, 0, t.size(), "forced").phrase().term());
        assertNull(ClauseTriggers.complement(t, 0, t.size(), "made"));
    }
}
