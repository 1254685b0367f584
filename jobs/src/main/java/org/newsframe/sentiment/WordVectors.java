package org.newsframe.sentiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word vectors distilled from a pretrained encoder: each word (a token key) has the mean of the contextual
 * vectors {@link MiniLmEncoder} gave it over unlabelled news ({@link VectorTrainer}, {@code bin/newsframe
 * train-vectors}), so the sentiment classifier gets the encoder's knowledge of words ("slammed" near
 * "condemned") at the cost of a table lookup. Stored as int8 codes with one scale per word; {@link #mean()}
 * and {@link #sd()} per dimension (over word occurrences) standardise pooled vectors. Immutable, thread-safe.
 *
 * <p>File: gzip of {@code "NFVEC"}, format, header lines, dimension, words, mean, sd, then per word (in
 * sorted order: the same table gives the same bytes) its key, scale and codes.
 */
public final class WordVectors {

    /** The shipped table (docs/sentiment.md says how it was made). */
    public static final String BUILTIN = "sentiment/word-vectors.bin.gz";
    private static final String MAGIC = "NFVEC";
    private static final int FORMAT = 1;

    private final int dim;
    private final Map<String, Integer> index;
    private final String[] words;
    private final float[] scales;
    private final byte[] codes;
    private final float[] mean;
    private final float[] sd;
    private final List<String> header;

    private WordVectors(int dim, String[] words, float[] scales, byte[] codes, float[] mean, float[] sd, List<String> header) {
        this.dim = dim;
        this.words = words;
        this.scales = scales;
        this.codes = codes;
        this.mean = mean;
        this.sd = sd;
        this.header = List.copyOf(header);
        this.index = new HashMap<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            index.put(words[i], i);
        }
    }

    /**
     * A table of the given words (sorted, distinct) and float vectors, quantised to int8 here; {@code mean}
     * and {@code sd} standardise pooled vectors (sd > 0).
     */
    public static WordVectors of(List<String> words, List<float[]> vectors, float[] mean, float[] sd, List<String> header) {
        int dim = mean.length;
        if (sd.length != dim || vectors.size() != words.size()) {
            throw new IllegalArgumentException("dimensions or counts differ");
        }
        byte[] codes = new byte[words.size() * dim];
        float[] scales = new float[words.size()];
        for (int w = 0; w < words.size(); w++) {
            if (w > 0 && words.get(w - 1).compareTo(words.get(w)) >= 0) {
                throw new IllegalArgumentException("words must be sorted and distinct: " + words.get(w));
            }
            float[] v = vectors.get(w);
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            scales[w] = max == 0 ? 1f : max / 127f;
            for (int d = 0; d < dim; d++) {
                codes[w * dim + d] = (byte) Math.round(v[d] / scales[w]);
            }
        }
        for (float s : sd) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("sd must be positive");
            }
        }
        return new WordVectors(dim, words.toArray(String[]::new), scales, codes, mean.clone(), sd.clone(), header);
    }

    public int dim() {
        return dim;
    }

    public int size() {
        return words.length;
    }

    /** How the table was made (the file's header lines). */
    public List<String> header() {
        return header;
    }

    public float[] mean() {
        return mean.clone();
    }

    public float[] sd() {
        return sd.clone();
    }

    /** Adds the vector of {@code word} to {@code sum}; false (nothing added) for a word the table lacks. */
    public boolean addTo(String word, float[] sum) {
        Integer i = index.get(word);
        if (i == null) {
            return false;
        }
        float s = scales[i];
        int base = i * dim;
        for (int d = 0; d < dim; d++) {
            sum[d] += codes[base + d] * s;
        }
        return true;
    }

    /** The (dequantised) vector of {@code word}, or null. */
    public float[] vector(String word) {
        float[] v = new float[dim];
        return addTo(word, v) ? v : null;
    }

    /** The shipped table, read once per JVM. */
    public static WordVectors builtin() {
        return Builtin.TABLE;
    }

    private static final class Builtin {
        static final WordVectors TABLE = org.newsframe.text.Resources.read(BUILTIN, WordVectors::read);
    }

    public static WordVectors read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (!in.readUTF().equals(MAGIC)) {
            throw new IOException("not a newsframe word-vector table (bin/newsframe train-vectors writes them)");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("word-vector format " + format + "; this newsframe reads format " + FORMAT);
        }
        int lines = in.readInt();
        List<String> header = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            header.add(in.readUTF());
        }
        int dim = in.readInt();
        int n = in.readInt();
        if (dim < 1 || dim > 4096 || n < 0 || (long) n * dim > Integer.MAX_VALUE) {
            throw new IOException("word vectors: " + n + " words of " + dim + " dimensions out of range");
        }
        float[] mean = new float[dim];
        float[] sd = new float[dim];
        for (int d = 0; d < dim; d++) {
            mean[d] = in.readFloat();
        }
        for (int d = 0; d < dim; d++) {
            sd[d] = in.readFloat();
        }
        String[] words = new String[n];
        float[] scales = new float[n];
        byte[] codes = new byte[n * dim];
        for (int w = 0; w < n; w++) {
            words[w] = in.readUTF();
            scales[w] = in.readFloat();
            in.readFully(codes, w * dim, dim);
        }
        return new WordVectors(dim, words, scales, codes, mean, sd, header);
    }

    public void write(OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(header.size());
            for (String h : header) {
                out.writeUTF(h);
            }
            out.writeInt(dim);
            out.writeInt(words.length);
            for (float m : mean) {
                out.writeFloat(m);
            }
            for (float s : sd) {
                out.writeFloat(s);
            }
            for (int w = 0; w < words.length; w++) {
                out.writeUTF(words[w]);
                out.writeFloat(scales[w]);
                out.write(codes, w * dim, dim);
            }
        }
    }

    /** A short fingerprint of the table's contents (a model trained on one table must be used with it). */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            fingerprint = f = computeFingerprint();
        }
        return f;
    }

    /** Computed once per table (a benign race: every thread computes the same string). */
    private volatile String fingerprint;

    private String computeFingerprint() {
        long h = 1125899906842597L;
        for (int w = 0; w < words.length; w++) {
            h = 31 * h + words[w].hashCode();
            h = 31 * h + Float.floatToIntBits(scales[w]);
        }
        for (byte c : codes) {
            h = 31 * h + c;
        }
        return words.length + "x" + dim + ":" + Long.toHexString(h);
    }
}
