package org.newsframe.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The classifier and its trainer on generated feature vectors. */
class SentimentClassifierTest {

    private static final int BITS = 12;

    /** Class c has its own cue slots (10c … 10c+4), plus shared noise slots. */
    private static List<ClassifierTrainer.Example> data(int n, long seed) {
        Random r = new Random(seed);
        List<ClassifierTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            int[] idx = {0, 10 * c + r.nextInt(5), 100 + r.nextInt(200), 100 + r.nextInt(200)};
            float[] val = {1f, 1f, 1f, 1f};
            out.add(new ClassifierTrainer.Example(new TargetFeatures.Vector(idx, val, idx.length), c));
        }
        return out;
    }

    private static byte[] bytes(SentimentClassifier m) throws IOException {
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        m.write(os);
        return os.toByteArray();
    }

    @Test
    void learnsSeparableClassesAndGeneralisesToNewExamples() {
        SentimentClassifier m = ClassifierTrainer.train(data(600, 1), BITS, new ClassifierTrainer.Params(0.1, 10, 1e-5, 7), List.of());
        int right = 0;
        List<ClassifierTrainer.Example> test = data(90, 2);
        for (ClassifierTrainer.Example e : test) {
            if (m.predict(e.x()) == e.label()) {
                right++;
            }
        }
        assertEquals(90, right);
        double[] p = m.probabilities(test.get(0).x());
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
        TargetSentiment rules = new TargetSentiment(0.3, TargetSentiment.POSITIVE, 0.9, List.of("PR:good"), new double[] {0.3});
        TargetSentiment t = m.classify(test.get(0).x(), rules);
        assertEquals(TargetSentiment.NEGATIVE, t.label(), "example 0 is class 0 whatever the rules said");
        assertEquals(p[2] - p[0], t.score(), 1e-9);
        assertEquals(p[0], t.confidence(), 1e-9);
        assertEquals(rules.terms(), t.terms());
    }

    @Test
    void theSameSeedGivesTheSameBytesAndTheFileRoundTrips() throws IOException {
        ClassifierTrainer.Params p = new ClassifierTrainer.Params(0.05, 3, 1e-5, 11);
        SentimentClassifier a = ClassifierTrainer.train(data(120, 3), BITS, p, List.of("trained by a test"));
        SentimentClassifier b = ClassifierTrainer.train(data(120, 3), BITS, p, List.of("trained by a test"));
        assertArrayEquals(bytes(a), bytes(b));
        SentimentClassifier read = SentimentClassifier.read(new ByteArrayInputStream(bytes(a)));
        assertEquals(List.of("trained by a test"), read.header());
        assertEquals(BITS, read.bits());
        for (ClassifierTrainer.Example e : data(30, 4)) {
            assertArrayEquals(a.probabilities(e.x()), read.probabilities(e.x()), 1e-12);
        }
        SentimentClassifier other = ClassifierTrainer.train(data(120, 3), BITS, new ClassifierTrainer.Params(0.05, 3, 1e-5, 12), List.of("trained by a test"));
        assertTrue(!java.util.Arrays.equals(bytes(a), bytes(other)), "another seed, another shuffle");
    }

    @Test
    void refusesWhatItDidNotWrite() throws IOException {
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(os)) {
            new java.io.DataOutputStream(gz).writeUTF("NFTAG");
        }
        IOException e = assertThrows(IOException.class, () -> SentimentClassifier.read(new ByteArrayInputStream(os.toByteArray())));
        assertTrue(e.getMessage().contains("not a newsframe sentiment model"), e.getMessage());
    }
}
