package org.newsframe.dedup;

/**
 * The word shingles of a text, hashed: every run of {@code k} consecutive words (lower-cased letters and
 * digits; punctuation, case and spacing do not count), as 64-bit hashes. Two copies of a story that differ in
 * a dateline, a byline or a trailing line share nearly all their shingles. Plain Java over the characters,
 * no per-word strings: one pass, one {@code long[]}.
 */
public final class Shingles {

    private Shingles() {}

    /** The number of words in the text, as {@link #of} counts them. */
    public static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Hashes of the text's {@code k}-word shingles (with repeats; fewer than k words: one shingle of them all). */
    public static long[] of(String text, int k) {
        long[] words = new long[Math.max(1, words(text))];
        int n = 0;
        long h = 0;
        boolean in = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L; // FNV-1a over the word's characters
                in = true;
            } else if (in) {
                words[n++] = mix(h);
                h = 0;
                in = false;
            }
        }
        if (n == 0) {
            return new long[0];
        }
        if (n < k) {
            long s = 0;
            for (int i = 0; i < n; i++) {
                s = mix(s * 31 + words[i]);
            }
            return new long[] {s};
        }
        long[] out = new long[n - k + 1];
        for (int i = 0; i + k <= n; i++) {
            long s = 0;
            for (int j = 0; j < k; j++) {
                s = s * 0x9E3779B97F4A7C15L + words[i + j];
            }
            out[i] = mix(s);
        }
        return out;
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash of x. */
    static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }
}
