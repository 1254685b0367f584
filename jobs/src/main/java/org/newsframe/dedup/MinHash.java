package org.newsframe.dedup;

/**
 * MinHash signatures and LSH banding over {@link Shingles}. A signature holds, for each of
 * {@code bands × rows} seeded hash functions, the least hash over the text's shingles; the share of positions
 * where two signatures agree estimates the Jaccard similarity of the shingle sets. Banding makes candidates
 * without comparing all pairs: two texts become a candidate when all {@code rows} values of one band agree,
 * which happens with probability {@code 1 − (1 − J^rows)^bands} — for the default 20 × 6, 0.92 at J = 0.7,
 * 0.99 at 0.8, 0.0001 at 0.3 (docs/ingest.md). Immutable and serialisable: it travels to the executors.
 */
public record MinHash(int bands, int rows) implements java.io.Serializable {

    public static final MinHash DEFAULT = new MinHash(20, 6);

    public MinHash {
        if (bands < 1 || rows < 1 || bands * rows > 1024) {
            throw new IllegalArgumentException("bands and rows must be positive, at most 1024 hashes: " + bands + " × " + rows);
        }
    }

    public int size() {
        return bands * rows;
    }

    /** The signature of a shingle set; all {@code Integer.MAX_VALUE}-like maxima for an empty set. */
    public int[] signature(long[] shingles) {
        int n = size();
        long[] min = new long[n];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < n; i++) {
                long h = Shingles.mix(s ^ SEEDS[i]);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) (min[i] ^ (min[i] >>> 32));
        }
        return out;
    }

    /** The key of each band of a signature: equal keys, equal band (up to a 64-bit collision). */
    public long[] bandKeys(int[] signature) {
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = Shingles.mix(h * 0x9E3779B97F4A7C15L + signature[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** The estimated Jaccard similarity of two signatures: the share of positions that agree. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different sizes: " + a.length + ", " + b.length);
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return a.length == 0 ? 0 : (double) same / a.length;
    }

    /** The probability that two texts of Jaccard similarity j become a candidate pair. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }

    /** Fixed seeds, so signatures are the same in every JVM and run. */
    private static final long[] SEEDS = new long[1024];

    static {
        long x = 0x5DEECE66DL;
        for (int i = 0; i < SEEDS.length; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = Shingles.mix(x);
        }
    }
}
