package org.newsframe.ner;

import java.util.List;
import org.newsframe.text.Token;

/**
 * The features of each token of a sentence for the name tagger, as hashed ints into a fixed number of
 * weight rows: word, lower-case key, shape, prefixes and suffixes of one to four letters, the neighbours'
 * keys and shapes two either side, word bigrams, capitalisation in context (sentence-initial, title case,
 * all caps), digits and hyphens, length; with {@link WordClusters}, the word's cluster at each level, the
 * neighbours' middle-level clusters and the finest cluster with the capitalisation; with {@link NameHints},
 * the token's and its neighbours' dictionary and gazetteer codes; in the second pass, the {@link DocumentContext}
 * codes of the token and its neighbours. Hashes are computed from the tokens'
 * strings and cached hash codes with no string built per feature, into a buffer the caller reuses: no
 * object per token.
 */
public final class TaggerFeatures {

    /** Features per token without clusters or hints. */
    static final int BASE = 30;
    private static final int CLUSTER_FEATURES = 6;
    private static final int HINT_FEATURES = 5;
    private static final int DOCUMENT_FEATURES = 5;

    private final int mask;
    private final WordClusters clusters;
    private final boolean hints;
    private final boolean document;
    private final int perToken;
    private int[] keyHash = new int[64];
    private int[] textHash = new int[64];
    private int[] shapeHash = new int[64];
    private int[] flags = new int[64];
    private int[] mid = new int[64];
    private int[] code = new int[64];
    private int[] context = new int[64];

    /** {@code bits}: the feature space is 2^bits rows. */
    public TaggerFeatures(int bits) {
        this(bits, null, false);
    }

    /** With word clusters (null: none) and gazetteer codes ({@code hints}: passed to {@link #extract}). */
    public TaggerFeatures(int bits, WordClusters clusters, boolean hints) {
        this(bits, clusters, hints, false);
    }

    /** {@code document}: also the {@link DocumentContext} codes passed to {@link #extract} (the second pass). */
    public TaggerFeatures(int bits, WordClusters clusters, boolean hints, boolean document) {
        this.mask = (1 << bits) - 1;
        this.clusters = clusters;
        this.hints = hints;
        this.document = document;
        this.perToken = BASE + (clusters == null ? 0 : CLUSTER_FEATURES) + (hints ? HINT_FEATURES : 0)
                + (document ? DOCUMENT_FEATURES : 0);
    }

    /** Features per token (the buffer size per token). */
    public int perToken() {
        return perToken;
    }

    private static final int CAP = 1;
    private static final int ALLCAPS = 2;
    private static final int DIGIT = 4;
    private static final int HYPHEN = 8;
    private static final int INITIAL = 16;
    private static final int LOWER = 32;
    private static final int PUNCT = 64;

    /**
     * Fills {@code out[(i - from) * perToken() + f]} with the feature rows of each token i of [from, to);
     * {@code codes} are the {@link NameHints} codes of all tokens (index = token index; ignored, may be null,
     * without hints). Returns {@code out}, grown when too small.
     */
    public int[] extract(List<Token> tokens, int from, int to, int[] codes, int[] out) {
        return extract(tokens, from, to, codes, null, out);
    }

    /** The same with the {@link DocumentContext} codes of all tokens (index = token index; null: none). */
    public int[] extract(List<Token> tokens, int from, int to, int[] codes, int[] contexts, int[] out) {
        int n = to - from;
        if (keyHash.length < n + 4) {
            int size = Math.max(n + 4, keyHash.length * 2);
            keyHash = new int[size];
            textHash = new int[size];
            shapeHash = new int[size];
            flags = new int[size];
            mid = new int[size];
            code = new int[size];
            context = new int[size];
        }
        final int per = perToken;
        if (out == null || out.length < n * per) {
            out = new int[Math.max(n * per, out == null ? 0 : out.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(from + i);
            keyHash[i] = t.key().hashCode();
            textHash[i] = t.text().hashCode();
            int[] sf = shape(t.text());
            shapeHash[i] = sf[0];
            int f = sf[1];
            if (i == 0) {
                f |= INITIAL;
            }
            if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.HYPHEN) {
                f |= PUNCT;
            }
            flags[i] = f;
            if (clusters != null) {
                mid[i] = clusters.cluster(t.key(), clusters.levels() / 2);
            }
            if (hints) {
                code[i] = codes == null ? 0 : codes[from + i];
            }
            if (document) {
                context[i] = contexts == null ? 0 : contexts[from + i];
            }
        }
        for (int i = 0; i < n; i++) {
            int o = i * per;
            String key = tokens.get(from + i).key();
            int f = flags[i];
            out[o] = row(1, 0);
            out[o + 1] = row(2, keyHash[i]);
            out[o + 2] = row(3, textHash[i]);
            out[o + 3] = row(4, shapeHash[i]);
            for (int p = 1; p <= 4; p++) {
                out[o + 3 + p] = row(4 + p, p <= key.length() ? prefix(key, p) : 0);
                out[o + 7 + p] = row(8 + p, p <= key.length() ? suffix(key, p) : 0);
            }
            out[o + 12] = row(13, at(keyHash, i - 1, n));
            out[o + 13] = row(14, at(keyHash, i + 1, n));
            out[o + 14] = row(15, at(keyHash, i - 2, n));
            out[o + 15] = row(16, at(keyHash, i + 2, n));
            out[o + 16] = row(17, at(shapeHash, i - 1, n));
            out[o + 17] = row(18, at(shapeHash, i + 1, n));
            out[o + 18] = row(19, at(keyHash, i - 1, n) * 31 + keyHash[i]);
            out[o + 19] = row(20, keyHash[i] * 31 + at(keyHash, i + 1, n));
            out[o + 20] = row(21, (at(shapeHash, i - 1, n) * 31 + shapeHash[i]) * 31 + at(shapeHash, i + 1, n));
            out[o + 21] = row(22, f & (CAP | ALLCAPS | INITIAL | DIGIT | HYPHEN | PUNCT | LOWER));
            out[o + 22] = row(23, (f & (CAP | INITIAL)) * 131 + at(flags, i - 1, n) * 7 + at(flags, i + 1, n));
            out[o + 23] = row(24, Math.min(key.length(), 12));
            out[o + 24] = row(25, at(textHash, i - 1, n));
            out[o + 25] = row(26, at(textHash, i + 1, n));
            out[o + 26] = row(27, shapeHash[i] * 31 + at(keyHash, i - 1, n));
            out[o + 27] = row(28, shapeHash[i] * 31 + at(keyHash, i + 1, n));
            out[o + 28] = row(29, i == 0 ? keyHash[i] : 1);
            out[o + 29] = row(30, (f & CAP) != 0 && (at(flags, i - 1, n) & CAP) != 0 ? 1 : (f & CAP) != 0 && (at(flags, i + 1, n) & CAP) != 0 ? 2 : 0);
            int k = o + BASE;
            if (clusters != null) {
                int[] c = clusters.clusters(key);
                int levels = clusters.levels();
                for (int l = 0; l < 3; l++) {
                    int level = Math.min(l * (levels - 1) / 2, levels - 1);
                    out[k++] = row(31 + l, c == null ? -1 : c[level]);
                }
                out[k++] = row(34, at(mid, i - 1, n));
                out[k++] = row(35, at(mid, i + 1, n));
                out[k++] = row(36, (c == null ? -1 : c[levels - 1]) * 8 + (f & (CAP | ALLCAPS | INITIAL)));
            }
            if (hints) {
                int h = code[i];
                out[k++] = row(41, NameHints.dictionary(h));
                out[k++] = row(42, NameHints.place(h));
                out[k++] = row(43, at(code, i - 1, n));
                out[k++] = row(44, at(code, i + 1, n));
                out[k++] = row(45, NameHints.dictionary(h) * 8 + (f & (CAP | ALLCAPS | INITIAL)));
            }
            if (document) {
                int c = context[i];
                out[k++] = row(51, c & 15);
                out[k++] = row(52, c >>> 4);
                out[k++] = row(53, (c & 15) * 8 + (f & (CAP | ALLCAPS | INITIAL)));
                out[k++] = row(54, (c & 7) * 8 + (i + 1 < n ? context[i + 1] & 7 : 6));
                out[k++] = row(55, (i > 0 ? context[i - 1] & 7 : 6) * 8 + (c & 7));
            }
        }
        return out;
    }

    /** The value at i, or a fixed boundary value outside the sentence. */
    private static int at(int[] a, int i, int n) {
        return i < 0 ? 0x5EED : i >= n ? 0xE0D : a[i];
    }

    private int row(int template, int value) {
        int h = value * 0x9E3779B1 + template * 0x85EBCA6B;
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 12;
        return h & mask;
    }

    private static int prefix(String s, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = h * 31 + s.charAt(i);
        }
        return h;
    }

    private static int suffix(String s, int len) {
        int h = 7;
        for (int i = s.length() - len; i < s.length(); i++) {
            h = h * 31 + s.charAt(i);
        }
        return h;
    }

    private final int[] shapeOut = new int[2];

    /** [hash of the compressed shape ("Xx", "X.X.", "d,d"), flags]. */
    private int[] shape(String s) {
        int h = 17;
        int last = -1;
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean hyphen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            upper |= cls == 'X';
            lower |= cls == 'x';
            digit |= cls == 'd';
            hyphen |= c == '-';
            if (cls != last) {
                h = h * 31 + cls;
                last = cls;
            }
        }
        int f = 0;
        if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))) {
            f |= CAP;
        }
        if (upper && !lower) {
            f |= ALLCAPS;
        }
        if (lower && !upper) {
            f |= LOWER;
        }
        if (digit) {
            f |= DIGIT;
        }
        if (hyphen) {
            f |= HYPHEN;
        }
        shapeOut[0] = h;
        shapeOut[1] = f;
        return shapeOut;
    }
}
