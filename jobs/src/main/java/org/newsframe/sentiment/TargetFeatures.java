package org.newsframe.sentiment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.newsframe.ner.WordClusters;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.Token;
import org.newsframe.text.Words;

/**
 * The features of one target for the {@link SentimentClassifier}, hashed into {@code 2^bits} slots:
 *
 * <ul>
 *   <li>the rule scorer's evidence ({@link TargetSentiment#terms()}: lexicon hits by side, every word of the
 *       sentence by side and distance bucket, the bigrams touching the target, speaker and quote cues), its
 *       numeric cues and its label;</li>
 *   <li>the target's windows word by word: exact positions 1–3 on each side, the bigrams on each side, the
 *       words just around it, a skip-gram on each side;</li>
 *   <li>distance-weighted words up to 10 tokens away (weight 1 / (1 + 0.3·d)), marked {@code NOT_} inside a
 *       negation's scope (to the next punctuation, at most three words on), and the same windows as word
 *       clusters (the 256 and 1,024 levels of {@link WordClusters}, learned by newsframe from unlabelled news
 *       and shared with the name tagger);</li>
 *   <li>in sentences with several actors, whether a word is nearer this target than any other actor
 *       ("mine" / "other's" words) and which words share its comma clause; lexicon sums of the mine, clause and
 *       ±3-token words;</li>
 *   <li>the relation lexicon's roles: the target before or after a CRITICIZE / PRAISE / ATTACK … verb
 *       (passives flipped), i.e. its source or its target;</li>
 *   <li>the target itself: pronoun or name, length, position in the sentence, possessive, speaker, agent of a
 *       passive ("by X");</li>
 *   <li>with {@link WordVectors} (distilled from a pretrained encoder): the mean vector of the target's
 *       words, of the five tokens on each side, of the whole sentence, of the words nearer it than any other
 *       actor and of its comma clause, standardised, one feature per dimension and part (one contiguous
 *       block of slots).</li>
 * </ul>
 * Words of other actors become {@code ACTOR}, numbers {@code NUM}. Immutable and thread-safe; each call
 * allocates only its own feature arrays.
 */
public final class TargetFeatures {

    /** One target's features: slots and values, {@code size} of them. */
    public record Vector(int[] indices, float[] values, int size) {}

    /** The rule cues are sums of valences (a few units); this keeps them near ±1. */
    private static final double CUE_SCALE = 0.25;
    private static final int WINDOW = 10;
    private static final Set<String> SPEECH = Words.with(Words.SPEECH_VERBS, "say", "argued", "warned", "according");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "his", "their",
            "it", "its", "we", "i", "you", "us", "our");

    /** Tokens on each side of the target pooled into its window vectors. */
    private static final int VECTOR_WINDOW = 5;
    /** Pooled vectors are standardised per dimension, then scaled so that 2,304 of them do not swamp the rest. */
    private static final float VECTOR_SCALE = 0.2f;
    /** The pooled parts: the target, its left and right windows, the sentence, its own words, its comma clause. */
    private static final int VECTOR_PARTS = 6;

    private final int bits;
    private final WordClusters clusters;
    private final RelationLexicon relations;
    private final Lexicon lexicon;
    private final WordVectors vectors;
    private final int[][] vectorSlots;
    private final float[] vectorMean;
    private final float[] vectorScale;

    /** @param vectors word vectors, or null for none (a model trained without them) */
    public TargetFeatures(int bits, WordClusters clusters, RelationLexicon relations, Lexicon lexicon, WordVectors vectors) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("feature bits must be 10..24, not " + bits);
        }
        this.bits = bits;
        this.clusters = clusters;
        this.relations = relations;
        this.lexicon = lexicon;
        this.vectors = vectors;
        int dim = vectors == null ? 0 : vectors.dim();
        // One contiguous block of slots, not one hashed slot each: 2,304 scattered reads of the 12 MB weight
        // array per target were cache misses (8,168 targets/s in bench; contiguous 15,046: docs/benchmarks.md).
        int base = Math.max(0, Math.min(slot("VECTORS", bits), (1 << bits) - VECTOR_PARTS * dim));
        this.vectorSlots = new int[VECTOR_PARTS][dim];
        for (int p = 0; p < VECTOR_PARTS; p++) {
            for (int d = 0; d < dim; d++) {
                vectorSlots[p][d] = base + p * dim + d;
            }
        }
        this.vectorMean = vectors == null ? new float[0] : vectors.mean();
        this.vectorScale = vectors == null ? new float[0] : vectors.sd();
        for (int d = 0; d < dim; d++) {
            vectorScale[d] = VECTOR_SCALE / vectorScale[d];
        }
    }

    /** The shipped resources: built-in word clusters, relation lexicon, valence lexicon and word vectors. */
    public static TargetFeatures builtin(int bits) {
        return builtin(bits, WordVectors.builtin());
    }

    /** The shipped clusters and lexicons with the given word vectors (null: none). */
    public static TargetFeatures builtin(int bits, WordVectors vectors) {
        return new TargetFeatures(bits, WordClusters.builtin(), RelationLexicon.get(), Lexicon.get(), vectors);
    }

    /** The slot of dimension {@code d} of pooled part {@code part} (tests). */
    int vectorSlot(int part, int d) {
        return vectorSlots[part][d];
    }

    /** The word vectors these features pool, or null. */
    public WordVectors vectors() {
        return vectors;
    }

    public int bits() {
        return bits;
    }

    /**
     * Features of the target at tokens [{@code first}, {@code end}) of sentence {@code s}; {@code covered}
     * marks the tokens of every actor mention (this one included); {@code rules} is the rule scorer's output
     * for this target.
     */
    public Vector extract(AnalyzedText text, Sentence s, int first, int end, boolean[] covered, TargetSentiment rules) {
        Builder f = new Builder(bits);
        List<Token> tokens = text.tokens();
        f.add("BIAS", 1f);
        for (String t : rules.terms()) {
            f.add(t, 1f);
        }
        double[] cues = rules.cues();
        for (int i = 0; i < cues.length; i++) {
            f.add("CUE" + i, (float) Math.max(-4, Math.min(4, cues[i] * (i == 0 ? 1 : CUE_SCALE))));
        }
        f.add("RULE:" + rules.label(), 1f);
        windows(f, tokens, covered, s, first, end);

        // the comma clause of the target, and for each token the nearest other actor after it
        int segFrom = first;
        while (segFrom > s.firstToken() && !isClauseBreak(tokens.get(segFrom - 1))) {
            segFrom--;
        }
        int segTo = end;
        while (segTo < s.endToken() && !isClauseBreak(tokens.get(segTo))) {
            segTo++;
        }
        int[] nextOther = new int[s.endToken() - s.firstToken() + 1];
        int next = Integer.MAX_VALUE / 2;
        for (int k = s.endToken() - 1; k >= s.firstToken(); k--) {
            if (covered[k] && (k < first || k >= end)) {
                next = k;
            }
            nextOther[k - s.firstToken()] = next;
        }
        int prevOther = Integer.MIN_VALUE / 2;
        float[] mineSum = vectors == null ? null : new float[vectors.dim()];
        float[] clauseSum = vectors == null ? null : new float[vectors.dim()];
        int mineN = 0;
        int clauseN = 0;
        double minePos = 0, mineNeg = 0, clausePos = 0, clauseNeg = 0, nearPos = 0, nearNeg = 0;
        int negUntil = -1;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (k >= first && k < end) {
                continue;
            }
            Token t = tokens.get(k);
            if (covered[k]) {
                prevOther = k;
            }
            if (!t.isWord()) {
                if (t.kind() == Token.Kind.PUNCT && ",.;:!?".indexOf(t.text().charAt(0)) >= 0) {
                    negUntil = -1;
                }
                continue;
            }
            String key = covered[k] ? "ACTOR" : t.key();
            boolean before = k < first;
            int dist = before ? first - k : k - end + 1;
            boolean negated = k <= negUntil;
            if (Lexicon.NEGATORS.contains(t.key()) || t.key().endsWith("n't")) {
                negUntil = k + 3;
            }
            String side = before ? "l" : "r";
            if (!covered[k]) {
                boolean mine = Math.min(k - prevOther, nextOther[k - s.firstToken()] - k) >= dist;
                f.add((mine ? "M" : "O") + side + ":" + key, 1f);
                if (vectors != null) {
                    String vk = VectorTrainer.keyOf(t);
                    if (mine && vectors.addTo(vk, mineSum)) {
                        mineN++;
                    }
                    if (k >= segFrom && k < segTo && vectors.addTo(vk, clauseSum)) {
                        clauseN++;
                    }
                }
                float v = lexicon.valence(t.key());
                if (negated) {
                    v *= -0.74f;
                }
                if (mine) {
                    if (v > 0) {
                        minePos += v;
                    } else {
                        mineNeg += v;
                    }
                }
                if (k >= segFrom && k < segTo) {
                    f.add("CL:" + key, 1f);
                    if (v > 0) {
                        clausePos += v;
                    } else {
                        clauseNeg += v;
                    }
                }
                if (dist <= 3) {
                    if (v > 0) {
                        nearPos += v;
                    } else {
                        nearNeg += v;
                    }
                }
            }
            if (dist <= WINDOW) {
                float w = (float) (1.0 / (1.0 + 0.3 * dist));
                f.add("D" + side + ":" + (negated ? "NOT_" : "") + key, w);
                if (!covered[k]) {
                    for (int level = 1; level < clusters.levels(); level++) {
                        int c = clusters.cluster(t.key(), level);
                        if (c >= 0) {
                            f.add("C" + level + side + ":" + c, w);
                        }
                    }
                }
            }
            if (negated) {
                f.add("NEG:" + key, 1f);
            }
            RelationLexicon.Verb verb = relations.verb(t.key());
            if (verb != null) {
                boolean passive = (k + 1 < s.endToken() && tokens.get(k + 1).key().equals("by"))
                        || (k > s.firstToken() && Words.PASSIVE_AUX.contains(tokens.get(k - 1).key()));
                // an active verb before the target has it as its object; a passive one ("X was condemned by"), after it
                boolean targetIsObject = passive ? !before : before;
                f.add("REL:" + verb.relation() + (targetIsObject ? ":target" : ":source") + (negated ? ":not" : ""),
                        (float) (1.0 / (1.0 + 0.1 * dist)));
            }
        }
        f.add("VMP", (float) (CUE_SCALE * minePos));
        f.add("VMN", (float) (CUE_SCALE * mineNeg));
        f.add("VCP", (float) (CUE_SCALE * clausePos));
        f.add("VCN", (float) (CUE_SCALE * clauseNeg));
        f.add("VNP", (float) (CUE_SCALE * nearPos));
        f.add("VNN", (float) (CUE_SCALE * nearNeg));
        target(f, tokens, s, first, end);
        if (vectors != null) {
            float[] sum = new float[vectors.dim()];
            pool(f, 0, tokens, first, end, sum);
            pool(f, 1, tokens, Math.max(s.firstToken(), first - VECTOR_WINDOW), first, sum);
            pool(f, 2, tokens, end, Math.min(s.endToken(), end + VECTOR_WINDOW), sum);
            pool(f, 3, tokens, s.firstToken(), s.endToken(), sum);
            emit(f, 4, mineSum, mineN);
            emit(f, 5, clauseSum, clauseN);
        }
        return f.build();
    }

    /** The standardised mean vector of tokens [from, to) as part {@code part}'s features; none when no token has one. */
    private void pool(Builder f, int part, List<Token> tokens, int from, int to, float[] sum) {
        Arrays.fill(sum, 0f);
        int n = 0;
        for (int k = from; k < to; k++) {
            if (vectors.addTo(VectorTrainer.keyOf(tokens.get(k)), sum)) {
                n++;
            }
        }
        emit(f, part, sum, n);
    }

    private void emit(Builder f, int part, float[] sum, int n) {
        if (n == 0) {
            return;
        }
        int[] slots = vectorSlots[part];
        for (int d = 0; d < sum.length; d++) {
            f.addSlot(slots[d], (sum[d] / n - vectorMean[d]) * vectorScale[d]);
        }
    }

    private static void windows(Builder f, List<Token> tokens, boolean[] covered, Sentence s, int first, int end) {
        for (int d = 1; d <= 3; d++) {
            f.add("L" + d + "=" + word(tokens, covered, first - d, s), 1f);
            f.add("R" + d + "=" + word(tokens, covered, end + d - 1, s), 1f);
        }
        f.add("LL=" + word(tokens, covered, first - 2, s) + "_" + word(tokens, covered, first - 1, s), 1f);
        f.add("RR=" + word(tokens, covered, end, s) + "_" + word(tokens, covered, end + 1, s), 1f);
        f.add("LR=" + word(tokens, covered, first - 1, s) + "_" + word(tokens, covered, end, s), 1f);
        f.add("RS=" + word(tokens, covered, end, s) + "_" + word(tokens, covered, end + 2, s), 1f);
        f.add("LS=" + word(tokens, covered, first - 3, s) + "_" + word(tokens, covered, first - 1, s), 1f);
    }

    private static void target(Builder f, List<Token> tokens, Sentence s, int first, int end) {
        int words = 0;
        for (int k = first; k < end; k++) {
            if (tokens.get(k).isWord()) {
                words++;
            }
        }
        if (end < s.endToken() && tokens.get(end).kind() == Token.Kind.POSSESSIVE) {
            f.add("T:possessive", 1f);
        }
        f.add(end > first && PRONOUNS.contains(tokens.get(end - 1).key()) ? "T:pronoun" : "T:name", 1f);
        f.add("T:len" + Math.min(words, 4), 1f);
        int pos = first - s.firstToken();
        int after = s.endToken() - end;
        f.add("T:pos" + (pos == 0 ? "start" : pos <= 3 ? "near" : after <= 2 ? "end" : "mid"), 1f);
        int next = end;
        while (next < s.endToken() && !tokens.get(next).isWord()) {
            next++;
        }
        if (next < s.endToken() && SPEECH.contains(tokens.get(next).key())) {
            f.add("T:speaker", 1f);
        }
        if (first - 1 >= s.firstToken() && tokens.get(first - 1).key().equals("by")) {
            f.add("T:agent", 1f);
        }
    }

    private static boolean isClauseBreak(Token t) {
        return t.kind() == Token.Kind.PUNCT && ",;:()\u2014\u2013".indexOf(t.text().charAt(0)) >= 0;
    }

    private static String word(List<Token> tokens, boolean[] covered, int k, Sentence s) {
        if (k < s.firstToken()) {
            return "<s>";
        }
        if (k >= s.endToken()) {
            return "</s>";
        }
        Token t = tokens.get(k);
        return covered[k] ? "ACTOR" : t.kind() == Token.Kind.NUMBER ? "NUM" : t.key();
    }

    /** The slot of a feature name: 32-bit FNV-1a over its chars, mixed by murmur3's finaliser, masked. */
    public static int slot(String feature, int bits) {
        int h = 0x811c9dc5;
        for (int i = 0; i < feature.length(); i++) {
            h ^= feature.charAt(i);
            h *= 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & ((1 << bits) - 1);
    }

    /** Collects one target's features. */
    private static final class Builder {
        private final int bits;
        private int[] index = new int[256];
        private float[] value = new float[256];
        private int n;

        Builder(int bits) {
            this.bits = bits;
        }

        void add(String feature, float v) {
            addSlot(slot(feature, bits), v);
        }

        void addSlot(int slot, float v) {
            if (n == index.length) {
                index = Arrays.copyOf(index, n * 2);
                value = Arrays.copyOf(value, n * 2);
            }
            index[n] = slot;
            value[n] = v;
            n++;
        }

        Vector build() {
            return new Vector(index, value, n);
        }
    }
}
