package org.newsframe.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsframe.text.Token;

/**
 * A linear-chain name tagger: hashed token features ({@link TaggerFeatures}) scored against each BIO tag
 * ({@link Tags}), first-order tag transitions, Viterbi decoding restricted to valid BIO sequences. Weights
 * in primitive arrays ({@code rows × tags}); trained as an averaged structured perceptron by
 * {@link TaggerTrainer}. Immutable once built; {@link #tag} is thread-safe given its own {@link Workspace}.
 */
public final class NameTagger {

    /** The shipped model, a class-path resource (docs/actors.md says how it was trained). */
    public static final String BUILTIN = "ner/name-tagger.bin.gz";

    /** The shipped model, read once per JVM (on first use). */
    public static NameTagger builtin() {
        return Builtin.MODEL;
    }

    private static final class Builtin {
        static final NameTagger MODEL = org.newsframe.text.Resources.read(BUILTIN, NameTagger::read);
    }

    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(this::workspace);

    /** The names of every sentence of an analysed text, with this thread's buffers. */
    public List<Name> names(org.newsframe.text.AnalyzedText text) {
        Workspace ws = workspaces.get();
        List<Name> out = new java.util.ArrayList<>();
        for (org.newsframe.text.Sentence s : text.sentences()) {
            out.addAll(names(text.tokens(), s.firstToken(), s.endToken(), ws));
        }
        return out;
    }

    static final int MAGIC = 0x4E465447; // "NFTG"
    static final int VERSION = 1;

    final int bits;
    final float[] weights;
    /** [(previous + 1) * COUNT + tag]; previous -1 is the sentence start. */
    final float[] transitions;

    /**
     * One bit per feature row: whether any of its weights is non-zero. Most features of new text (unseen words,
     * prefixes, bigrams) land on rows training never touched; the bitmap (2^bits / 8 bytes, in cache) skips
     * them without reading the weight array, whose random reads were the tagger's cost on Reuters (a profile:
     * 42% of the annotator's samples in the emission sums at 2^20 rows). Null while training.
     */
    final long[] present;

    NameTagger(int bits, float[] weights, float[] transitions) {
        this(bits, weights, transitions, true);
    }

    NameTagger(int bits, float[] weights, float[] transitions, boolean frozen) {
        this.bits = bits;
        this.weights = weights;
        this.transitions = transitions;
        this.present = frozen ? presence(weights, 1 << bits) : null;
    }

    private static long[] presence(float[] weights, int rows) {
        long[] bits = new long[(rows + 63) >>> 6];
        for (int r = 0; r < rows; r++) {
            int o = r * Tags.COUNT;
            for (int t = 0; t < Tags.COUNT; t++) {
                if (weights[o + t] != 0f) {
                    bits[r >>> 6] |= 1L << (r & 63);
                    break;
                }
            }
        }
        return bits;
    }

    /** Per-thread buffers for {@link #tag}. */
    public static final class Workspace {
        final TaggerFeatures features;
        int[] feats;
        float[] emission = new float[64 * Tags.COUNT];
        float[] score = new float[64 * Tags.COUNT];
        int[] back = new int[64 * Tags.COUNT];
        int[] tags;

        Workspace(int bits) {
            this.features = new TaggerFeatures(bits);
        }

        void ensure(int n) {
            if (emission.length < n * Tags.COUNT) {
                int size = Math.max(n * Tags.COUNT, emission.length * 2);
                emission = new float[size];
                score = new float[size];
                back = new int[size];
            }
        }
    }

    public Workspace workspace() {
        return new Workspace(bits);
    }

    /** The best tag of each token of [from, to), into {@code out} (length ≥ to - from). */
    public int[] tag(List<Token> tokens, int from, int to, Workspace ws, int[] out) {
        int n = to - from;
        if (n == 0) {
            return out;
        }
        ws.feats = ws.features.extract(tokens, from, to, ws.feats);
        ws.ensure(n);
        emissions(ws.feats, n, ws.emission, weights, present);
        return viterbi(ws.emission, n, transitions, ws, out);
    }

    static void emissions(int[] feats, int n, float[] emission, float[] weights, long[] present) {
        for (int i = 0; i < n; i++) {
            int e = i * Tags.COUNT;
            for (int t = 0; t < Tags.COUNT; t++) {
                emission[e + t] = 0f;
            }
            int o = i * TaggerFeatures.PER_TOKEN;
            for (int f = 0; f < TaggerFeatures.PER_TOKEN; f++) {
                int row = feats[o + f];
                if (present != null && (present[row >>> 6] & (1L << (row & 63))) == 0) {
                    continue;
                }
                int w = row * Tags.COUNT;
                for (int t = 0; t < Tags.COUNT; t++) {
                    emission[e + t] += weights[w + t];
                }
            }
        }
    }

    static int[] viterbi(float[] emission, int n, float[] transitions, Workspace ws, int[] out) {
        float[] score = ws.score;
        int[] back = ws.back;
        final int c = Tags.COUNT;
        for (int t = 0; t < c; t++) {
            score[t] = Tags.allowed(-1, t) ? transitions[t] + emission[t] : Float.NEGATIVE_INFINITY;
            back[t] = -1;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < c; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < c; p++) {
                    if (!Tags.allowed(p, t)) {
                        continue;
                    }
                    float s = score[(i - 1) * c + p] + transitions[(p + 1) * c + t];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * c + t] = best + emission[i * c + t];
                back[i * c + t] = arg;
            }
        }
        int tag = 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < c; t++) {
            if (score[(n - 1) * c + t] > best) {
                best = score[(n - 1) * c + t];
                tag = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = tag;
            tag = back[i * c + tag];
        }
        return out;
    }

    /** A tagged name: characters [begin, end) of the text, its type (PER, ORG, LOC, MISC), its tokens. */
    public record Name(int begin, int end, String type, int firstToken, int endToken) {}

    /** The names of the tokens [from, to) (one sentence), in order. */
    public List<Name> names(List<Token> tokens, int from, int to, Workspace ws) {
        int n = to - from;
        if (ws.tags == null || ws.tags.length < n) {
            ws.tags = new int[Math.max(n, 64)];
        }
        int[] tags = tag(tokens, from, to, ws, ws.tags);
        List<Name> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            int t = i < n ? tags[i] : Tags.O;
            if (start >= 0 && (t == Tags.O || Tags.isBegin(t))) {
                out.add(new Name(tokens.get(from + start).begin(), tokens.get(from + i - 1).end(), Tags.TYPES.get(Tags.type(tags[start])),
                        from + start, from + i));
                start = -1;
            }
            if (i < n && Tags.isBegin(t)) {
                start = i;
            }
        }
        return out;
    }

    /** Writes the model: gzip, the non-zero weights as (row × tag index, value) pairs. */
    public void write(OutputStream os) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(os)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(bits);
            out.writeInt(Tags.COUNT);
            for (float v : transitions) {
                out.writeFloat(v);
            }
            int nonZero = 0;
            for (float v : weights) {
                if (v != 0f) {
                    nonZero++;
                }
            }
            out.writeInt(nonZero);
            int last = 0;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] != 0f) {
                    out.writeInt(i - last); // gaps compress better than indices
                    out.writeFloat(weights[i]);
                    last = i;
                }
            }
        }
    }

    public static NameTagger read(InputStream is) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(is)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a newsframe name tagger model (version " + VERSION + ")");
            }
            int bits = in.readInt();
            int tags = in.readInt();
            if (tags != Tags.COUNT || bits < 8 || bits > 26) {
                throw new IOException("model has " + tags + " tags and 2^" + bits + " rows; expected " + Tags.COUNT + " tags");
            }
            float[] transitions = new float[(Tags.COUNT + 1) * Tags.COUNT];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = in.readFloat();
            }
            float[] weights = new float[(1 << bits) * Tags.COUNT];
            int nonZero = in.readInt();
            int at = 0;
            for (int k = 0; k < nonZero; k++) {
                at += in.readInt();
                weights[at] = in.readFloat();
            }
            return new NameTagger(bits, weights, transitions);
        }
    }
}
