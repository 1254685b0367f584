package org.newsframe.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Shingles ignore case and punctuation; signatures estimate Jaccard similarity; banding follows its S-curve. */
class MinHashTest {

    private static String words(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append("w").append(r.nextInt(5000));
        }
        return b.toString();
    }

    private static double jaccard(long[] a, long[] b) {
        Set<Long> x = new HashSet<>();
        for (long v : a) {
            x.add(v);
        }
        Set<Long> y = new HashSet<>();
        for (long v : b) {
            y.add(v);
        }
        Set<Long> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    @Test
    void shinglesIgnoreCaseSpacingAndPunctuation() {
        assertArrayEquals(Shingles.of("The floods, which hit the north, displaced thousands.", 3),
                Shingles.of("the FLOODS which   hit the north displaced thousands", 3));
        assertEquals(8, Shingles.words("The floods, which hit the north, displaced thousands."));
        assertEquals(6, Shingles.of("The floods, which hit the north, displaced thousands.", 3).length);
        assertEquals(1, Shingles.of("Two words", 5).length, "fewer words than a shingle: one shingle of them all");
        assertEquals(0, Shingles.of("  ,;  ", 5).length);
    }

    @Test
    void signaturesEstimateJaccardWithinAFewPoints() {
        SplittableRandom r = new SplittableRandom(3);
        MinHash mh = MinHash.DEFAULT;
        for (int keep : new int[] {100, 90, 70, 50, 20}) {
            String base = words(r, 300);
            String[] w = base.split(" ");
            StringBuilder edited = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                edited.append(i == 0 ? "" : " ").append(i % 100 < keep ? w[i] : "x" + r.nextInt(1000000));
            }
            long[] a = Shingles.of(base, 5);
            long[] b = Shingles.of(edited.toString(), 5);
            double exact = jaccard(a, b);
            double estimate = MinHash.similarity(mh.signature(a), mh.signature(b));
            assertTrue(Math.abs(exact - estimate) < 0.12, keep + "% kept: exact " + exact + ", estimate " + estimate);
        }
    }

    @Test
    void theSameTextAlwaysGetsTheSameSignatureAndBands() {
        long[] s = Shingles.of("Aid agencies said more than 12,000 families had fled the fighting around the town", 5);
        assertArrayEquals(MinHash.DEFAULT.signature(s), MinHash.DEFAULT.signature(s.clone()));
        assertArrayEquals(MinHash.DEFAULT.bandKeys(MinHash.DEFAULT.signature(s)),
                new MinHash(20, 6).bandKeys(new MinHash(20, 6).signature(s)));
        assertEquals(120, MinHash.DEFAULT.signature(s).length);
        assertEquals(20, MinHash.DEFAULT.bandKeys(MinHash.DEFAULT.signature(s)).length);
    }

    @Test
    void bandingMakesCandidatesOfCopiesAndRarelyOfStrangers() {
        MinHash mh = MinHash.DEFAULT;
        assertEquals(0.918, mh.candidateProbability(0.7), 0.001);
        assertTrue(mh.candidateProbability(0.8) > 0.99);
        assertTrue(mh.candidateProbability(0.3) < 0.02);
    }
}
