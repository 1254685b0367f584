package org.newsframe.displacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One slip from a counted noun is that noun; a real word or two slips is not. */
class VocabularyTest {

    @Test
    void oneSlipIsADroppedAddedChangedOrSwappedLetter() {
        assertTrue(Vocabulary.oneSlip("peole", "people"));
        assertTrue(Vocabulary.oneSlip("peopple", "people"));
        assertTrue(Vocabulary.oneSlip("peaple", "people"));
        assertTrue(Vocabulary.oneSlip("poeple", "people"));
        assertFalse(Vocabulary.oneSlip("people", "people"));
        assertFalse(Vocabulary.oneSlip("pople", "peoples"));
        assertFalse(Vocabulary.oneSlip("poepel", "people"));
    }

    @Test
    void aWordNewsPrintsIsNeverMended() {
        assertEquals("people", Vocabulary.mendTypo("peole"));
        assertEquals("households", Vocabulary.mendTypo("housholds"));
        assertEquals("peoples", Vocabulary.mendTypo("peoples"));
        assertEquals("hopes", Vocabulary.mendTypo("hopes"));
        assertEquals("xyzzy", Vocabulary.mendTypo("xyzzy"));
        assertEquals("pastoralist", Vocabulary.mendTypo("pastoralist"), "a singular modifier, not a slip");
    }
}
