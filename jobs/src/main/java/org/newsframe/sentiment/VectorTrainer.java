package org.newsframe.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsframe.text.Token;

/**
 * Builds {@link WordVectors}: the contextual vectors of every occurrence of a word (from
 * {@link MiniLmEncoder}, in {@code train-vectors}) summed per word; the table keeps the words seen at least
 * {@code minCount} times, the most frequent {@code maxWords} of them, each with its mean vector. The mean and
 * sd per dimension are over occurrences (each word's mean weighted by its count). Deterministic: the same
 * occurrences in the same order give the same table. Not thread-safe.
 */
public final class VectorTrainer {

    private static final class Sum {
        final double[] v;
        int n;

        Sum(int dim) {
            v = new double[dim];
        }
    }

    private final int dim;
    private final Map<String, Sum> sums = new HashMap<>();
    private long occurrences;

    public VectorTrainer(int dim) {
        this.dim = dim;
    }

    /** The table key of a token: its match key, every number one key ({@code <num>}). */
    public static String keyOf(Token t) {
        return t.kind() == Token.Kind.NUMBER ? "<num>" : t.key();
    }

    /** One occurrence of {@code word} with its contextual vector (ignored when null). */
    public void add(String word, float[] vector) {
        if (vector == null) {
            return;
        }
        if (vector.length != dim) {
            throw new IllegalArgumentException("vector of " + vector.length + " dimensions, expected " + dim);
        }
        Sum s = sums.computeIfAbsent(word, w -> new Sum(dim));
        for (int d = 0; d < dim; d++) {
            s.v[d] += vector[d];
        }
        s.n++;
        occurrences++;
    }

    /** The tokens of one sentence and their vectors (as {@link MiniLmEncoder#encode} gives them). */
    public void add(List<Token> tokens, float[][] vectors) {
        for (int k = 0; k < tokens.size(); k++) {
            add(keyOf(tokens.get(k)), vectors[k]);
        }
    }

    /** Adds another trainer's sums (the same dimension), e.g. one per encoder thread, merged in a fixed order. */
    public void merge(VectorTrainer other) {
        if (other.dim != dim) {
            throw new IllegalArgumentException("dimensions differ");
        }
        other.sums.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Sum s = sums.computeIfAbsent(e.getKey(), w -> new Sum(dim));
            for (int d = 0; d < dim; d++) {
                s.v[d] += e.getValue().v[d];
            }
            s.n += e.getValue().n;
        });
        occurrences += other.occurrences;
    }

    public long occurrences() {
        return occurrences;
    }

    public int words() {
        return sums.size();
    }

    public WordVectors build(int minCount, int maxWords, List<String> header) {
        List<Map.Entry<String, Sum>> kept = new ArrayList<>();
        for (Map.Entry<String, Sum> e : sums.entrySet()) {
            if (e.getValue().n >= minCount) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparingInt((Map.Entry<String, Sum> e) -> -e.getValue().n).thenComparing(Map.Entry::getKey));
        if (kept.size() > maxWords) {
            kept = new ArrayList<>(kept.subList(0, maxWords));
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no word seen " + minCount + " times: give more unlabelled text");
        }
        kept.sort(Map.Entry.comparingByKey());
        List<String> words = new ArrayList<>(kept.size());
        List<float[]> vectors = new ArrayList<>(kept.size());
        double[] total = new double[dim];
        long n = 0;
        for (Map.Entry<String, Sum> e : kept) {
            Sum s = e.getValue();
            float[] m = new float[dim];
            for (int d = 0; d < dim; d++) {
                m[d] = (float) (s.v[d] / s.n);
                total[d] += s.v[d];
            }
            n += s.n;
            words.add(e.getKey());
            vectors.add(m);
        }
        float[] mean = new float[dim];
        for (int d = 0; d < dim; d++) {
            mean[d] = (float) (total[d] / n);
        }
        double[] var = new double[dim];
        for (int w = 0; w < words.size(); w++) {
            int c = kept.get(w).getValue().n;
            for (int d = 0; d < dim; d++) {
                double x = vectors.get(w)[d] - mean[d];
                var[d] += c * x * x;
            }
        }
        float[] sd = new float[dim];
        for (int d = 0; d < dim; d++) {
            sd[d] = (float) Math.max(1e-6, Math.sqrt(var[d] / n));
        }
        return WordVectors.of(words, vectors, mean, sd, header);
    }
}
