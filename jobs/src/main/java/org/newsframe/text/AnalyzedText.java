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

    public String sentenceText(int index) {
        Sentence s = sentences.get(index);
        return text.substring(s.begin(), s.end());
    }
}
