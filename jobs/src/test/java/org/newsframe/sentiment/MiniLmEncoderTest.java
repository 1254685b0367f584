package org.newsframe.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

class MiniLmEncoderTest {

    private static MiniLmEncoder encoder;

    @BeforeAll
    static void open() {
        encoder = MiniLmEncoder.open();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static float[] vectorOf(String sentence, String word) {
        List<Token> tokens = TextAnalyzer.analyze(sentence).tokens();
        float[][] v = encoder.encode(sentence, tokens);
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(word)) {
                return v[k];
            }
        }
        throw new AssertionError(word + " not in " + sentence);
    }

    private static double cosine(float[] a, float[] b) {
        double ab = 0, aa = 0, bb = 0;
        for (int d = 0; d < a.length; d++) {
            ab += a[d] * b[d];
            aa += a[d] * a[d];
            bb += b[d] * b[d];
        }
        return ab / Math.sqrt(aa * bb);
    }

    @Test
    void everyTokenGetsAVectorAndTheSameSentenceTheSameVectors() {
        String s = "Rebels shelled the town of Idlib, officials said.";
        List<Token> tokens = TextAnalyzer.analyze(s).tokens();
        float[][] a = encoder.encode(s, tokens);
        float[][] b = encoder.encode(s, tokens);
        assertEquals(tokens.size(), a.length);
        for (int k = 0; k < a.length; k++) {
            assertNotNull(a[k], tokens.get(k).text());
            assertEquals(MiniLmEncoder.DIM, a[k].length);
            assertArrayEquals(a[k], b[k]);
        }
    }

    @Test
    void wordsOfLikeMeaningGetCloserVectorsThanUnlikeOnes() {
        float[] condemned = vectorOf("The minister condemned the attack on Monday.", "condemned");
        float[] denounced = vectorOf("The minister denounced the attack on Monday.", "denounced");
        float[] visited = vectorOf("The minister visited the hospital on Monday.", "visited");
        assertTrue(cosine(condemned, denounced) > cosine(condemned, visited) + 0.05,
                cosine(condemned, denounced) + " vs " + cosine(condemned, visited));
    }

    @Test
    void aTokenIsTheMeanOfThePiecesItOverlaps() {
        // "unhappy" as two pieces [0,2) [2,7), "day" one piece; [CLS] and [SEP] have no span
        List<Token> tokens = List.of(new Token(0, 7, "unhappy", "unhappy", Token.Kind.WORD),
                new Token(8, 11, "day", "day", Token.Kind.WORD), new Token(12, 13, "!", "!", Token.Kind.PUNCT));
        float[][] pieces = {{9f}, {1f}, {3f}, {5f}, {9f}};
        CharSpan[] spans = {null, new CharSpan(0, 2), new CharSpan(2, 7), new CharSpan(8, 11), null};
        float[][] out = MiniLmEncoder.pool(pieces, spans, tokens);
        assertArrayEquals(new float[] {2f}, out[0]);
        assertArrayEquals(new float[] {5f}, out[1]);
        assertNull(out[2]);
    }

    @Test
    void aSentenceLongerThanTheModelIsCutNotRefused() {
        String s = "The convoy reached the camp and the families were registered . ".repeat(60);
        List<Token> tokens = TextAnalyzer.analyze(s).tokens();
        float[][] v = encoder.encode(s, tokens);
        assertTrue(tokens.size() > MiniLmEncoder.MAX_PIECES, "tokens " + tokens.size());
        assertNotNull(v[0]);
        assertNull(v[tokens.size() - 1]);
    }
}
