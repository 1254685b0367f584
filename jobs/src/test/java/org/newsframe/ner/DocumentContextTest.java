package org.newsframe.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

/** The second pass's view of an article: the majority first-pass type of a word's other occurrences, and longer names holding it. */
class DocumentContextTest {

    @Test
    void readsHowTheSameWordWasTaggedElsewhere() {
        // first pass: "Suhail Shaheen" PER, "Ataybah" LOC, LOC, PER; "Shaheen" alone O
        List<Token> tokens = TextAnalyzer.analyze("Suhail Shaheen saw Ataybah . Ataybah fell . Shaheen left Ataybah").tokens();
        int per = 0;
        int loc = 2;
        int[] tags = new int[tokens.size()];
        tags[0] = Tags.begin(per);
        tags[1] = Tags.inside(per);
        tags[3] = Tags.begin(loc);
        tags[5] = Tags.begin(loc);
        tags[10] = Tags.begin(per);
        int[] codes = DocumentContext.codes(tokens, tags);
        assertEquals("Ataybah", tokens.get(10).text());
        // the last "Ataybah": its others are LOC twice → majority LOC (1 + 1 + 2 = 4... index of LOC is 1 + type 2 = 3, +1 = 4), all agree
        assertEquals((1 + 1 + loc) | 8, codes[10]);
        // the first "Ataybah": others LOC once, PER once → a tie goes to the first (PER), not all agreeing
        assertEquals(1 + 1 + per, codes[3]);
        // "Shaheen" alone (O): its other occurrence is inside "Suhail Shaheen" (PER), the longer name holding it
        assertEquals((1 + 1 + per) | 8 | (1 + per) << 4, codes[8]);
        // "Suhail" occurs once and its only longer name is its own
        assertEquals(0, codes[0]);
        assertEquals(0, codes[2], "a lower-case word");
    }
}
