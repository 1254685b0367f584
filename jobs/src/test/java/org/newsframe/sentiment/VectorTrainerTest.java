package org.newsframe.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

class VectorTrainerTest {

    @Test
    void eachWordGetsTheMeanOfItsOccurrencesAndRareWordsAreLeftOut() {
        VectorTrainer t = new VectorTrainer(2);
        t.add("good", new float[] {1f, 2f});
        t.add("good", new float[] {3f, 4f});
        t.add("bad", new float[] {-1f, 0f});
        t.add("rare", null);
        assertEquals(3, t.occurrences());
        WordVectors v = t.build(2, 10, List.of());
        assertEquals(1, v.size());
        assertEquals(2f, v.vector("good")[0], 0.02f);
        assertEquals(3f, v.vector("good")[1], 0.03f);
        assertNull(v.vector("bad"));
        // mean over occurrences of the kept words
        assertEquals(2f, v.mean()[0], 1e-6);
    }

    @Test
    void maxWordsKeepsTheMostFrequentAndMergingEqualsOneTrainer() {
        VectorTrainer one = new VectorTrainer(1);
        VectorTrainer a = new VectorTrainer(1);
        VectorTrainer b = new VectorTrainer(1);
        String[] words = {"x", "y", "x", "z", "x", "y"};
        for (int i = 0; i < words.length; i++) {
            float[] v = {i};
            one.add(words[i], v);
            (i < 3 ? a : b).add(words[i], v);
        }
        a.merge(b);
        WordVectors top2 = one.build(1, 2, List.of());
        assertEquals(2, top2.size());
        assertNull(top2.vector("z"));
        assertEquals(one.build(1, 3, List.of()).fingerprint(), a.build(1, 3, List.of()).fingerprint());
        assertThrows(IllegalArgumentException.class, () -> one.build(10, 3, List.of()));
    }

    @Test
    void numbersShareOneKey() {
        List<Token> tokens = TextAnalyzer.analyze("Some 1,200 people fled.").tokens();
        assertEquals("<num>", VectorTrainer.keyOf(tokens.get(1)));
        assertEquals("people", VectorTrainer.keyOf(tokens.get(2)));
    }
}
