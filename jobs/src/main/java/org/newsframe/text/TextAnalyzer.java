package org.newsframe.text;

import java.util.List;

/** Tokens and sentences of one text: the entry point the extractors share. */
public final class TextAnalyzer {

    private TextAnalyzer() {}

    public static AnalyzedText analyze(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return new AnalyzedText(text, tokens, SentenceSplitter.split(text, tokens));
    }
}
