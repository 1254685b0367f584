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

    /**
     * The names of every sentence of an analysed text, with this thread's buffers. With a second pass, the first
     * pass tags the whole text, {@link DocumentContext} reads how each word was tagged elsewhere, and the second
     * pass tags again with that.
     */
    public List<Name> names(org.newsframe.text.AnalyzedText text) {
        Workspace ws = workspaces.get();
        List<Token> tokens = text.tokens();
        int[] codes = hints ? NameHints.builtin().codes(text) : null;
        List<Name> out = new java.util.ArrayList<>();
        if (second == null) {
            for (org.newsframe.text.Sentence s : text.sentences()) {
                out.addAll(names(tokens, s.firstToken(), s.endToken(), codes, ws));
            }
            return out;
        }
        int[] first = new int[tokens.size()];
        for (org.newsframe.text.Sentence s : text.sentences()) {
            int n = s.endToken() - s.firstToken();
            if (ws.tags == null || ws.tags.length < n) {
                ws.tags = new int[Math.max(n, 64)];
            }
            tag(tokens, s.firstToken(), s.endToken(), codes, ws, ws.tags);
            System.arraycopy(ws.tags, 0, first, s.firstToken(), n);
        }
        int[] context = DocumentContext.codes(tokens, first);
        Workspace ws2 = second.workspaces.get();
        for (org.newsframe.text.Sentence s : text.sentences()) {
            out.addAll(second.names(tokens, s.firstToken(), s.endToken(), codes, context, ws2));
        }
        return out;
    }

    static final int MAGIC = 0x4E465447; // "NFTG"
    /** 1: base features; 2: + flags for word clusters (carried in the model), gazetteer codes and a second pass. */
    static final int VERSION = 2;
    private static final int WITH_CLUSTERS = 1;
    private static final int WITH_HINTS = 2;
    private static final int WITH_SECOND_PASS = 4;

    final int bits;
    /** The word clusters the model was trained with, or null. */
    final WordClusters clusters;
    /** Whether the model reads {@link NameHints} codes. */
    final boolean hints;
    /** Whether the model reads {@link DocumentContext} codes (it is a second pass). */
    final boolean document;
    /** The second pass, reading the first's {@link DocumentContext}, or null for one pass. */
    final NameTagger second;
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

    NameTagger(int bits, WordClusters clusters, boolean hints, float[] weights, float[] transitions) {
        this(bits, clusters, hints, false, weights, transitions, true, null);
    }

    NameTagger(int bits, WordClusters clusters, boolean hints, boolean document, float[] weights, float[] transitions, boolean frozen,
            NameTagger second) {
        this.bits = bits;
        this.clusters = clusters;
        this.hints = hints;
        this.document = document;
        this.second = second;
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

        Workspace(TaggerFeatures features) {
            this.features = features;
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
        return new Workspace(new TaggerFeatures(bits, clusters, hints, document));
    }

    /** This model as the first pass before {@code second} (a model trained with document features). */
    NameTagger withSecondPass(NameTagger second) {
        if (!second.document || second.bits != bits || second.hints != hints || second.clusters != clusters) {
            throw new IllegalArgumentException("a second pass reads document codes with the first pass's features");
        }
        return new NameTagger(bits, clusters, hints, false, weights, transitions, true, second);
    }

    /** Whether {@link #names(List, int, int, int[], Workspace)} needs the {@link NameHints} codes. */
    public boolean usesHints() {
        return hints;
    }

    /** Word clusters and gazetteer codes, as the model file says (a report line). */
    public String describe() {
        return String.format("2^%d feature rows, %s, %s, %s", bits,
                clusters == null ? "no word clusters" : clusters.words() + " words in clusters of " + java.util.Arrays.toString(clusters.sizes()),
                hints ? "gazetteer codes" : "no gazetteer codes", second == null ? "one pass" : "a second, document-level pass");
    }

    /**
     * The best tag of each token of [from, to), into {@code out} (length ≥ to - from); {@code codes}: the
     * {@link NameHints} codes of the tokens (index = token index), or null when {@link #usesHints()} is false.
     */
    public int[] tag(List<Token> tokens, int from, int to, int[] codes, Workspace ws, int[] out) {
        return tag(tokens, from, to, codes, null, ws, out);
    }

    /** The same with the {@link DocumentContext} codes of the tokens (a second pass; null otherwise). */
    int[] tag(List<Token> tokens, int from, int to, int[] codes, int[] context, Workspace ws, int[] out) {
        int n = to - from;
        if (n == 0) {
            return out;
        }
        ws.feats = ws.features.extract(tokens, from, to, codes, context, ws.feats);
        ws.ensure(n);
        emissions(ws.feats, n, ws.features.perToken(), ws.emission, weights, present);
        return viterbi(ws.emission, n, transitions, ws, out);
    }

    static void emissions(int[] feats, int n, int perToken, float[] emission, float[] weights, long[] present) {
        for (int i = 0; i < n; i++) {
            int e = i * Tags.COUNT;
            for (int t = 0; t < Tags.COUNT; t++) {
                emission[e + t] = 0f;
            }
            int o = i * perToken;
            for (int f = 0; f < perToken; f++) {
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

    /** The names of the tokens [from, to) (one sentence), in order; {@code codes} as for {@link #tag}. */
    public List<Name> names(List<Token> tokens, int from, int to, int[] codes, Workspace ws) {
        return names(tokens, from, to, codes, null, ws);
    }

    private List<Name> names(List<Token> tokens, int from, int to, int[] codes, int[] context, Workspace ws) {
        int n = to - from;
        if (ws.tags == null || ws.tags.length < n) {
            ws.tags = new int[Math.max(n, 64)];
        }
        int[] tags = tag(tokens, from, to, codes, context, ws, ws.tags);
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

    /** Writes the model: gzip, the non-zero weights as (gap, value) pairs; a second pass's weights after the first's. */
    public void write(OutputStream os) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(os)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(bits);
            out.writeInt(Tags.COUNT);
            out.writeInt((clusters == null ? 0 : WITH_CLUSTERS) | (hints ? WITH_HINTS : 0) | (second != null ? WITH_SECOND_PASS : 0));
            if (clusters != null) {
                clusters.writeBinary(out);
            }
            writeWeights(out, transitions, weights);
            if (second != null) {
                writeWeights(out, second.transitions, second.weights);
            }
        }
    }

    private static void writeWeights(DataOutputStream out, float[] transitions, float[] weights) throws IOException {
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

    public static NameTagger read(InputStream is) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(is)))) {
            int version = in.readInt() == MAGIC ? in.readInt() : -1;
            if (version < 1 || version > VERSION) {
                throw new IOException("not a newsframe name tagger model (version 1 to " + VERSION + ")");
            }
            int bits = in.readInt();
            int tags = in.readInt();
            if (tags != Tags.COUNT || bits < 8 || bits > 26) {
                throw new IOException("model has " + tags + " tags and 2^" + bits + " rows; expected " + Tags.COUNT + " tags");
            }
            int flags = version == 1 ? 0 : in.readInt();
            WordClusters clusters = (flags & WITH_CLUSTERS) != 0 ? WordClusters.readBinary(in) : null;
            boolean hints = (flags & WITH_HINTS) != 0;
            float[] transitions = new float[(Tags.COUNT + 1) * Tags.COUNT];
            float[] weights = new float[(1 << bits) * Tags.COUNT];
            readWeights(in, transitions, weights);
            NameTagger second = null;
            if ((flags & WITH_SECOND_PASS) != 0) {
                float[] t2 = new float[transitions.length];
                float[] w2 = new float[weights.length];
                readWeights(in, t2, w2);
                second = new NameTagger(bits, clusters, hints, true, w2, t2, true, null);
            }
            return new NameTagger(bits, clusters, hints, false, weights, transitions, true, second);
        }
    }

    private static void readWeights(DataInputStream in, float[] transitions, float[] weights) throws IOException {
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        int nonZero = in.readInt();
        int at = 0;
        for (int k = 0; k < nonZero; k++) {
            at += in.readInt();
            if (at < 0 || at >= weights.length) {
                throw new IOException("weight index " + at + " outside the model's " + weights.length);
            }
            weights[at] = in.readFloat();
        }
    }
}
