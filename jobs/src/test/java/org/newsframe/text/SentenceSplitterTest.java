package org.newsframe.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        AnalyzedText a = TextAnalyzer.analyze(text);
        return a.sentences().stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void splitsOnTerminalPunctuationButNotTitlesOrInitials() {
        assertEquals(List.of("Mr. Smith met Gen. J. Doe in Kabul.", "He left on Jan. 5 for No. 10.", "Why?",
                        "\"We are ready.\"", "Talks resume."),
                sentences("Mr. Smith met Gen. J. Doe in Kabul. He left on Jan. 5 for No. 10. Why? \"We are ready.\" Talks resume."));
    }

    @Test
    void dottedAbbreviationEndsASentenceOnlyBeforeAnOpener() {
        assertEquals(List.of("Forces left the U.S.", "The talks went on."),
                sentences("Forces left the U.S. The talks went on."));
        assertEquals(List.of("U.S. Deputy Secretary Sherman spoke."), sentences("U.S. Deputy Secretary Sherman spoke."));
    }

    @Test
    void paragraphBreaksAlwaysSplit() {
        assertEquals(List.of("Headline without a period", "Body starts here."),
                sentences("Headline without a period\nBody starts here."));
    }

    @Test
    void indexesAndTokenRangesAreConsistent() {
        AnalyzedText a = TextAnalyzer.analyze("One. Two three. Four");
        assertEquals(3, a.sentences().size());
        assertEquals(1, a.sentenceAt(a.text().indexOf("three")));
        assertEquals(a.tokens().size(), a.sentences().get(2).endToken());
    }

    @Test
    void aSentenceWithoutEndIsCutIntoPiecesOfAtMostMaxTokensAtAClauseMarkWhenThereIsOne() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            b.append("word").append(i).append(i % 190 == 189 ? ", " : " ");
        }
        AnalyzedText t = TextAnalyzer.analyze(b.toString().strip());
        List<Sentence> ss = t.sentences();
        int covered = 0;
        for (int i = 0; i < ss.size(); i++) {
            Sentence s = ss.get(i);
            assertEquals(i, s.index());
            assertEquals(covered, s.firstToken(), "pieces are contiguous");
            org.junit.jupiter.api.Assertions.assertTrue(s.endToken() - s.firstToken() <= SentenceSplitter.MAX_TOKENS);
            covered = s.endToken();
        }
        assertEquals(t.tokens().size(), covered, "every token in a piece");
        // 1,005 tokens → five pieces of about 201; the first ends at the comma (token 190) in its last 50 tokens
        assertEquals(5, ss.size());
        assertEquals(191, ss.get(0).endToken());
        assertEquals(",", t.tokens().get(ss.get(0).endToken() - 1).text());
    }
}
