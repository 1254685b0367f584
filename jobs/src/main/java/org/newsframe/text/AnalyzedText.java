package org.newsframe.text;

import java.util.List;

/** An article's text split into tokens and sentences. Immutable. */
public record AnalyzedText(String text, List<Token> tokens, List<Sentence> sentences) {

    public AnalyzedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains the character offset, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Longest sentence text a table row carries; a longer sentence is cut to a window around the span. */
    public static final int MAX_SENTENCE_CHARS = 1000;

    /**
     * The sentence, or, when it is longer than {@link #MAX_SENTENCE_CHARS}, the window of that many characters
     * centred on [begin, end) (a pathological "sentence" of a megabyte would otherwise be copied into every row).
     */
    public String sentenceText(int index, int begin, int end) {
        Sentence s = sentences.get(index);
        if (s.end() - s.begin() <= MAX_SENTENCE_CHARS) {
            return text.substring(s.begin(), s.end());
        }
        int half = Math.max(0, (MAX_SENTENCE_CHARS - (end - begin)) / 2);
        int from = Math.max(s.begin(), begin - half);
        int to = Math.min(s.end(), Math.max(end, from + MAX_SENTENCE_CHARS));
        from = Math.max(s.begin(), Math.min(from, to - MAX_SENTENCE_CHARS));
        return text.substring(from, to);
    }

    public String sentenceText(int index) {
        Sentence s = sentences.get(index);
        return text.substring(s.begin(), s.end());
    }
}
