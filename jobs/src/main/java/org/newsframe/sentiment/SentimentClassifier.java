package org.newsframe.sentiment;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained targeted-sentiment model: a multinomial logistic regression (negative, neutral, positive) over
 * {@link TargetFeatures}' hashed slots, weights in one primitive array. Immutable and thread-safe. Written by
 * {@code bin/newsframe train-sentiment} ({@link ClassifierTrainer}); the one shipped in the jar
 * ({@link #BUILTIN}, trained on NewsMTSC's train split: docs/sentiment.md) is the default
 * ({@code sentiment.model = builtin}).
 *
 * <p>File: gzip of {@code "NFSENT"}, format version, header lines (how it was trained), feature bits, and
 * the slots with a non-zero weight as {@code slot, w_negative, w_neutral, w_positive}, in slot order (the
 * same model gives the same bytes).
 */
public final class SentimentClassifier {

    /** The classpath resource of the shipped model. */
    public static final String BUILTIN = "sentiment/sentiment-model.bin.gz";
    private static final String MAGIC = "NFSENT";
    private static final int FORMAT = 1;
    static final int CLASSES = 3;

    private final int bits;
    /** Weight of slot s for class c at {@code s * CLASSES + c}. */
    private final float[] weights;
    private final List<String> header;

    SentimentClassifier(int bits, float[] weights, List<String> header) {
        if (weights.length != (1 << bits) * CLASSES) {
            throw new IllegalArgumentException("weights: " + weights.length + " for " + bits + " bits");
        }
        this.bits = bits;
        this.weights = weights;
        this.header = List.copyOf(header);
    }

    public int bits() {
        return bits;
    }

    /** How the model was trained (the file's header lines). */
    public List<String> header() {
        return header;
    }

    /** The header line naming the word vectors a model was trained with ({@link WordVectors#fingerprint()}). */
    public static final String VECTORS_LINE = "word vectors: ";

    /** The fingerprint of the word vectors the model was trained with, or null for a model trained without. */
    public String wordVectors() {
        for (String h : header) {
            if (h.startsWith(VECTORS_LINE)) {
                return h.substring(VECTORS_LINE.length());
            }
        }
        return null;
    }

    /** P(negative), P(neutral), P(positive). */
    public double[] probabilities(TargetFeatures.Vector x) {
        double[] z = new double[CLASSES];
        int[] idx = x.indices();
        float[] val = x.values();
        for (int k = 0; k < x.size(); k++) {
            int base = idx[k] * CLASSES;
            for (int c = 0; c < CLASSES; c++) {
                z[c] += weights[base + c] * val[k];
            }
        }
        return softmax(z);
    }

    static double[] softmax(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double total = 0;
        for (int c = 0; c < CLASSES; c++) {
            z[c] = Math.exp(z[c] - max);
            total += z[c];
        }
        for (int c = 0; c < CLASSES; c++) {
            z[c] /= total;
        }
        return z;
    }

    /** The most probable class index (0 negative, 1 neutral, 2 positive). */
    public int predict(TargetFeatures.Vector x) {
        double[] p = probabilities(x);
        return p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
    }

    /**
     * The model's reading of a target: score P(positive) − P(negative) in [−1, 1], the most probable label,
     * confidence its probability; the rules' evidence is kept.
     */
    public TargetSentiment classify(TargetFeatures.Vector x, TargetSentiment rules) {
        double[] p = probabilities(x);
        int best = 0;
        for (int c = 1; c < CLASSES; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new TargetSentiment(p[2] - p[0], TargetSentiment.LABELS.get(best), p[best], rules.terms(), rules.cues());
    }

    /** The model shipped in the jar, read once per JVM. */
    public static SentimentClassifier builtin() {
        return Builtin.MODEL;
    }

    private static final class Builtin {
        static final SentimentClassifier MODEL = org.newsframe.text.Resources.read(BUILTIN, SentimentClassifier::read);
    }

    public static SentimentClassifier read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw)));
        if (!in.readUTF().equals(MAGIC)) {
            throw new IOException("not a newsframe sentiment model (bin/newsframe train-sentiment writes them)");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("sentiment model format " + format + "; this newsframe reads format " + FORMAT);
        }
        int lines = in.readInt();
        List<String> header = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            header.add(in.readUTF());
        }
        int bits = in.readInt();
        if (bits < 10 || bits > 24) {
            throw new IOException("sentiment model: feature bits " + bits + " out of range");
        }
        float[] w = new float[(1 << bits) * CLASSES];
        int slots = in.readInt();
        for (int i = 0; i < slots; i++) {
            int s = in.readInt();
            if (s < 0 || s >= 1 << bits) {
                throw new IOException("sentiment model: slot " + s + " out of range");
            }
            for (int c = 0; c < CLASSES; c++) {
                w[s * CLASSES + c] = in.readFloat();
            }
        }
        return new SentimentClassifier(bits, w, header);
    }

    public void write(OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(raw)))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(header.size());
            for (String h : header) {
                out.writeUTF(h);
            }
            out.writeInt(bits);
            int slots = 0;
            for (int s = 0; s < 1 << bits; s++) {
                if (nonZero(s)) {
                    slots++;
                }
            }
            out.writeInt(slots);
            for (int s = 0; s < 1 << bits; s++) {
                if (nonZero(s)) {
                    out.writeInt(s);
                    for (int c = 0; c < CLASSES; c++) {
                        out.writeFloat(weights[s * CLASSES + c]);
                    }
                }
            }
        }
    }

    private boolean nonZero(int s) {
        for (int c = 0; c < CLASSES; c++) {
            if (weights[s * CLASSES + c] != 0f) {
                return true;
            }
        }
        return false;
    }
}
