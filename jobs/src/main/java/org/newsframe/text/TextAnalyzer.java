package org.newsframe.text;

import java.util.List;

/**
 * Tokens and sentences of one text: the entry point the extractors share. Words broken by a ligature lost in
 * PDF extraction are mended first ({@link LigatureRepair}), so every extractor reads "affected" in "a ected",
 * and so are words split at a line break ({@link HyphenRepair}: "dis- placed").
 */
public final class TextAnalyzer {

    private TextAnalyzer() {}

    public static AnalyzedText analyze(String text) {
        List<Token> tokens = LigatureRepair.builtin().repair(text, HyphenRepair.builtin().repair(text, Tokenizer.tokenize(text)));
        return new AnalyzedText(text, tokens, SentenceSplitter.split(text, tokens));
    }
}
